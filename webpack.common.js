/**
 * What the task pane's and the workbench's webpack configurations share: TypeScript through
 * ts-loader, hashed file names in production, and source maps.
 */
module.exports = function commonConfig({ production, entry, output }) {
  return {
    mode: production ? "production" : "development",
    entry,
    output: {
      path: output,
      filename: production ? "[name].[contenthash].js" : "[name].js",
      clean: true,
    },
    // Source maps in production too: an error reported from Excel can be traced to its source.
    devtool: "source-map",
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      // TypeScript's "bundler" resolution allows `./x.js` to name `./x.ts`; webpack must agree.
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            configFile: "tsconfig.json",
            // A development server leaves type checking to `npm run typecheck`, so that it
            // comes up quickly; a production build checks every bundled file.
            transpileOnly: !production,
            // tsconfig.json also covers tests and the CLI; only the bundled files matter here.
            onlyCompileBundledFiles: true,
          },
        },
      ],
    },
  };
};
