/** Exported workbooks recalculated by LibreOffice: needs libreoffice-calc-nogui. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/engine"],
  testMatch: ["**/*.test.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/setup/no-console.ts"],
  reporters: ["default", "<rootDir>/test/setup/summary-reporter.js"],
  testTimeout: 300000,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }],
  },
};
