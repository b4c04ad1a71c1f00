// Serves the task pane (https, port 3000, for sideloading) and the workbench (http, port
// 3001) side by side. Each gets its own compiler: webpack-cli hands every dev server the
// whole multi-compiler, and then a server answers with the files of the other build.
import { createRequire } from "node:module";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";

const require = createRequire(import.meta.url);
const mode = "development";
const env = { WEBPACK_SERVE: true };
const configs = [
  require("../webpack.config.js")(env, { mode }),
  require("../webpack.workbench.config.js")(env, { mode }),
];

let waiting = configs.length;
for (const config of configs) {
  const compiler = webpack(config);
  compiler.hooks.done.tap("start", () => {
    waiting -= 1;
    if (waiting === 0) printWhereToGo();
  });
  const server = new WebpackDevServer(config.devServer, compiler);
  await server.start();
}

function printWhereToGo() {
  process.stdout.write(
    [
      "",
      "Ready:",
      "  workbench (the pane beside an in-memory workbook): http://localhost:3001/",
      "  task pane for sideloading into Excel:             https://localhost:3000/taskpane.html",
      "",
    ].join("\n"),
  );
}
