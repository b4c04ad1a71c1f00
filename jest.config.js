/** Jest runs every test that needs only Node; browser and engine tests have their own commands. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/", "/test/engine/", "/test/manifest/"],
  reporters: ["default", "<rootDir>/test/setup/summary-reporter.js"],
  setupFilesAfterEnv: ["<rootDir>/test/setup/no-console.ts"],
  // A guard against a test that hangs, not a speed check (speed belongs to the benchmark):
  // building, exporting and zipping a workbook takes seconds on a busy two-core machine.
  testTimeout: 30_000,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }],
  },
};
