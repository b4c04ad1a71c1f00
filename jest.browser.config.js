/** The workbench driven in Debian's Chromium: needs `npm run build:workbench` and chromium. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/browser"],
  testMatch: ["**/*.test.ts"],
  globalSetup: "<rootDir>/test/browser/global-setup.js",
  setupFilesAfterEnv: ["<rootDir>/test/setup/no-console.ts"],
  reporters: ["default", "<rootDir>/test/setup/summary-reporter.js"],
  // One browser at a time: the machines that run this have two cores.
  maxWorkers: 1,
  testTimeout: 120000,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }],
  },
};
