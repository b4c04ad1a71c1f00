/** The manifest checks of `npm run validate`: needs xmllint (libxml2-utils). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/manifest"],
  testMatch: ["**/*.test.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/setup/no-console.ts"],
  reporters: ["default", "<rootDir>/test/setup/summary-reporter.js"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }],
  },
};
