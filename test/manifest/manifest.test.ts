import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers/projects";

// These run the manifest check as `npm run validate` does: Microsoft's XML schemas through
// xmllint (Debian package libxml2-utils), the add-in's own rules, office-addin-manifest.
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
let folder = "";

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "ambitiekaart-manifest-"));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function validate(text: string) {
  const file = join(folder, "manifest.xml");
  writeFileSync(file, text);
  const run = spawnSync(process.execPath, [join(ROOT, "scripts/validate-manifest.mjs"), file], {
    encoding: "utf8",
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe("the manifest", () => {
  it("passes Microsoft's schemas and the add-in's rules", () => {
    const run = validate(MANIFEST);
    expect(run.output).toMatch(/valid against the schemas/);
    expect(run.status).toBe(0);
  });

  it("is a task pane for workbooks, needing ExcelApi 1.8 and read-write access", () => {
    expect(MANIFEST).toMatch(/xsi:type="TaskPaneApp"/);
    expect(MANIFEST).toMatch(/<Host Name="Workbook"\/>/);
    expect(MANIFEST).toMatch(/<Set Name="ExcelApi" MinVersion="1.8"\/>/);
    expect(MANIFEST).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it("is Dutch by default with English and Flemish overrides", () => {
    expect(MANIFEST).toMatch(/<DefaultLocale>nl-NL<\/DefaultLocale>/);
    for (const locale of ["en-US", "nl-BE"]) {
      expect(MANIFEST).toContain(`<Override Locale="${locale}"`);
      expect(MANIFEST).toContain(`<bt:Override Locale="${locale}"`);
    }
  });

  it.each([
    [
      "a permission the schema does not know",
      (text: string) => text.replace("ReadWriteDocument", "ReadWriteEverything"),
      /does not follow Microsoft's schema/,
    ],
    [
      "elements out of the schema's order",
      (text: string) =>
        text
          .replace(/(<Permissions>.*<\/Permissions>)\s*/, "")
          .replace(
            "<DefaultSettings>",
            "<Permissions>ReadWriteDocument</Permissions><DefaultSettings>",
          ),
      /does not follow Microsoft's schema/,
    ],
    [
      "a plain http URL",
      (text: string) =>
        text.replace(
          'SourceLocation DefaultValue="https://',
          'SourceLocation DefaultValue="http://',
        ),
      /is not https/,
    ],
    [
      "a 32 px icon where 16 px is needed",
      (text: string) =>
        text.replace(
          'id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
          'id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-32.png"',
        ),
      /icon-32\.png is 32×32 px where 16×16 is needed/,
    ],
    [
      "a resource id over 32 characters",
      (text: string) =>
        text.replaceAll("GetStarted.Title", "GetStarted.TitleOfTheAddInThatIsTooLong"),
      /longer than 32 characters/,
    ],
  ])("fails with %s", (_name, breakIt, message) => {
    const broken = breakIt(MANIFEST);
    expect(broken).not.toBe(MANIFEST);
    const run = validate(broken);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(message);
  });
});

describe("the production manifest", () => {
  it("moves every URL to the production host and still validates", () => {
    const out = join(folder, "production.xml");
    const script = join(ROOT, "scripts/manifest-for-host.mjs");
    const made = spawnSync(
      process.execPath,
      [script, "https://addins.example.org/ambitiekaart/", "--out", out],
      { encoding: "utf8" },
    );
    expect(made.status).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).not.toContain("localhost");
    expect(text).toContain(
      '<SourceLocation DefaultValue="https://addins.example.org/ambitiekaart/taskpane.html"/>',
    );
    expect(text).toContain("<AppDomain>https://addins.example.org</AppDomain>");
    expect(validate(text).status).toBe(0);
  });

  it("refuses a base URL that is not https", () => {
    const script = join(ROOT, "scripts/manifest-for-host.mjs");
    const made = spawnSync(process.execPath, [script, "http://addins.example.org"], {
      encoding: "utf8",
    });
    expect(made.status).toBe(2);
    expect(made.stderr).toBe("manifest: give the production base URL, starting with https://\n");
  });
});
