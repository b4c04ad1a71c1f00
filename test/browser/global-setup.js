const { rmSync } = require("node:fs");
const { join } = require("node:path");

// Each run starts with an empty screenshot folder, so every picture in it is from this run.
module.exports = function cleanArtefacts() {
  rmSync(join(__dirname, "..", "..", "test-artifacts", "browser"), {
    recursive: true,
    force: true,
  });
};
