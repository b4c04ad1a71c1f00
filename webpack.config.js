const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const commonConfig = require("./webpack.common.js");

const PORT = 3000;
const OUTPUT = path.resolve(__dirname, "dist/web");
// The folder where `npx office-addin-dev-certs install` puts a certificate Office trusts.
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/** The webpack configuration of the task pane, for `--mode production` or `development`. */
module.exports = (env, argv) => {
  const production = argv.mode === "production";
  return {
    ...commonConfig({
      production,
      entry: { taskpane: "./src/taskpane/index.tsx" },
      output: OUTPUT,
    }),
    plugins: [
      new HtmlWebpackPlugin({
        template: "src/taskpane/taskpane.html",
        csp: contentSecurityPolicy(production),
        filename: "taskpane.html",
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "src/taskpane/support.html", to: "support.html" },
        ],
      }),
    ],
    // webpack's default limits (244 KiB) count minified bytes; the budget that matters for
    // Excel on the web is the gzip size of the first screen, checked by `npm run bench`.
    // These limits sit just above today's minified sizes, so growth still shows up here.
    performance: production
      ? { hints: "warning", maxAssetSize: 400 * 1024, maxEntrypointSize: 450 * 1024 }
      : { hints: false },
    ...(env.WEBPACK_SERVE ? { devServer: devServer() } : {}),
  };
};

// The pane loads its own files and Microsoft's office.js, nothing else. Fluent UI writes
// its styles into <style> elements at run time, hence 'unsafe-inline' for styles only;
// the development server also needs its websocket for reloading.
function contentSecurityPolicy(production) {
  const connect = production ? "'self'" : "'self' ws://localhost:3000 wss://localhost:3000";
  return [
    "default-src 'self'",
    "script-src 'self' https://appsforoffice.microsoft.com",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

function devServer() {
  return {
    host: "localhost",
    port: PORT,
    // Everything the pane needs comes out of the build; there is no folder of static files.
    static: false,
    headers: { "Access-Control-Allow-Origin": "*" },
    server: serverOptions(),
    onListening: () => {
      process.stdout.write(
        `The task pane for sideloading: https://localhost:${PORT}/taskpane.html\n`,
      );
    },
  };
}

// Office only loads a pane over https. Without the certificate of office-addin-dev-certs,
// webpack-dev-server makes its own self-signed one: a browser warns about it until it is
// trusted, and Office refuses it, but nothing has to be installed or run as root first.
function serverOptions() {
  const files = { cert: "localhost.crt", key: "localhost.key", ca: "ca.crt" };
  const paths = Object.values(files).map((name) => path.join(CERT_DIR, name));
  if (!paths.every((file) => fs.existsSync(file))) {
    process.stderr.write(
      `No development certificate in ${CERT_DIR}: the pane is served over https on port ` +
        `${PORT} with a self-signed certificate.\n` +
        "A browser asks once to accept it; Excel needs a trusted one: run\n" +
        "`npx office-addin-dev-certs install` (a localhost certificate valid for 30 days) and\n" +
        "start again to sideload.\n",
    );
    return "https";
  }
  const [cert, key, ca] = paths.map((file) => fs.readFileSync(file));
  return { type: "https", options: { cert, key, ca } };
}
