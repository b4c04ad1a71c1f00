const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const commonConfig = require("./webpack.common.js");

const PORT = 3001;
const OUTPUT = path.resolve(__dirname, "dist/workbench");
const OFFICE_JS = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
// office.js reads its strings from a folder per locale next to it; the workbench serves the
// languages the pane speaks.
const OFFICE_LOCALES = ["en-us", "nl-nl", "nl-be"];

/**
 * The webpack configuration of the workbench: the real task pane beside the in-memory
 * workbook, for a browser without Excel. It is its own build, so nothing of it (the in-memory
 * workbook, the formula engine, the .xlsx export) can end up in dist/web.
 */
module.exports = (env, argv) => {
  const production = argv.mode === "production";
  return {
    name: "workbench",
    ...commonConfig({
      production,
      entry: { workbench: "./src/workbench/index.tsx" },
      output: OUTPUT,
    }),
    plugins: [
      new HtmlWebpackPlugin({
        template: "src/workbench/workbench.html",
        filename: "index.html",
        chunks: ["workbench"],
        csp: contentSecurityPolicy(),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "src/workbench/workbench.css", to: "workbench.css" },
          // office.js loads its table of host files before it reports that there is no host.
          ...["office.js", "o15apptofilemappingtable.js"].map((file) => ({
            from: path.join(OFFICE_JS, file),
            to: `office-js/${file}`,
          })),
          ...OFFICE_LOCALES.map((locale) => ({
            from: path.join(OFFICE_JS, locale, "office_strings.js"),
            to: `office-js/${locale}/office_strings.js`,
          })),
        ],
      }),
    ],
    // The workbench is a development tool, opened from localhost: its size is not budgeted.
    performance: { hints: false },
    ...(env.WEBPACK_SERVE ? { devServer: devServer() } : {}),
  };
};

// The workbench is a local tool on machines that may have no internet: the page loads only
// its own files, and office.js's telemetry frame to Microsoft cannot load even when it is
// requested before the page keeps it away (see src/workbench/index.tsx).
function contentSecurityPolicy() {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ws://localhost:${PORT}`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

function devServer() {
  return {
    host: "localhost",
    port: PORT,
    static: false,
    server: "http",
    onListening: () => {
      process.stdout.write(`The workbench, without Excel: http://localhost:${PORT}/\n`);
    },
    // webpack-cli serves every configuration of `npm start`; each keeps its own server.
    client: { overlay: { errors: true, warnings: false, runtimeErrors: false } },
  };
}
