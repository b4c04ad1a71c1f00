import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/projects";

// The in-process tests cover the commands; this one compiles the CLI as `npm run build`
// does and runs it as a process, to prove exit statuses and streams reach the shell.
let outDir = "";

beforeAll(() => {
  // Inside the repository, so the compiled files find node_modules as dist/node does.
  mkdirSync(join(ROOT, "dist"), { recursive: true });
  outDir = mkdtempSync(join(ROOT, "dist", "cli-test-"));
  const tsc = require.resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.cli.json", "--outDir", outDir], {
    cwd: ROOT,
  });
}, 120_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

function run(...args: string[]) {
  return spawnSync(process.execPath, [join(outDir, "cli", "main.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "" },
  });
}

describe("the compiled CLI", () => {
  it("exits 0, 1 and 2 as documented", () => {
    expect(run("validate", "examples/laptops.json").status).toBe(0);
    expect(run("validate", "examples/problems.json").status).toBe(1);
    expect(run("validate", "examples/none.json").status).toBe(2);
  });

  it("writes a one-line reason, not a stack trace, when a file cannot be parsed", () => {
    const result = run("progress", "test/fixtures/not-json.json");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      "test/fixtures/not-json.json is not valid JSON: the error is at line 3, column 3.\n",
    );
  });

  it("prints JSON that parses", () => {
    const result = run("progress", "examples/office-chairs.json", "--json");
    const output = JSON.parse(result.stdout) as { project: number };
    expect(output.project).toBeCloseTo(0.9378, 4);
  });
});
