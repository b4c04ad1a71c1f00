import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { cli } from "../helpers/cli";

let folder = "";

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "ambitiekaart-export-"));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

async function sheetNames(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  return [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((match) => match[1] ?? "");
}

describe("ambitiekaart export", () => {
  it("writes the project's workbook with its five sheets in the chosen language", async () => {
    const output = join(folder, "stoelen.xlsx");
    const run = await cli(["export", "examples/office-chairs.json", "-o", output, "--lang", "nl"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      `${output} geschreven: bladen Project, Ambities, Indicatoren, Dashboard, Catalogus; ` +
        "4 indicatoren.\n",
    );
    expect(await sheetNames(output)).toEqual([
      "Project",
      "Ambities",
      "Indicatoren",
      "Dashboard",
      "Catalogus",
    ]);
  });

  it("does not overwrite an existing file without --force", async () => {
    const output = join(folder, "bestaat.xlsx");
    writeFileSync(output, "keep me");
    const run = await cli(["export", "examples/laptops.json", "-o", output]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${output} exists already; use --force to replace it.\n`);
    expect(statSync(output).size).toBe("keep me".length);
  });

  it("replaces an existing file with --force", async () => {
    const output = join(folder, "bestaat.xlsx");
    writeFileSync(output, "old");
    const run = await cli(["export", "examples/laptops.json", "--output", output, "--force"]);
    expect(run.status).toBe(0);
    expect(await sheetNames(output)).toHaveLength(5);
  });

  it("refuses a project with errors, lists them, and writes nothing", async () => {
    const output = join(folder, "fout.xlsx");
    const run = await cli(["export", "examples/problems.json", "-o", output]);
    expect(run.status).toBe(1);
    expect(run.stdout.split("\n")[0]).toBe(
      "examples/problems.json has errors; the workbook was not written:",
    );
    expect(existsSync(output)).toBe(false);
  });

  it("needs an output file", async () => {
    const run = await cli(["export", "examples/laptops.json"]);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe("No output file given: use -o <file.xlsx>.");
  });

  it("says when the output cannot be written", async () => {
    const output = join(folder, "no-such-folder", "x.xlsx");
    const run = await cli(["export", "examples/laptops.json", "-o", output]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`Cannot write ${output}: ENOENT.\n`);
  });
});
