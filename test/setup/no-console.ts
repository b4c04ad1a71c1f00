// Output belongs to the logging module and the CLI's own streams; a stray console call
// in code under test fails the test that caused it.
const methods = ["log", "info", "warn", "error", "debug"] as const;

for (const method of methods) {
  jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    throw new Error(`Unexpected console.${method}: ${args.map(String).join(" ")}`);
  });
}
