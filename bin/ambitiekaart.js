#!/usr/bin/env node
// The CLI is compiled by `npm run build` (or `npm run build:cli`) into dist/node.
try {
  require("../dist/node/cli/main.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && /dist[\\/]node/.test(error.message)) {
    process.stderr.write("ambitiekaart: the CLI is not built yet; run `npm run build` first.\n");
    process.exitCode = 2;
  } else {
    throw error;
  }
}
