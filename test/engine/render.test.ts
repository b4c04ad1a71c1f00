import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportXlsx } from "../../src/export/export-xlsx";
import { MemoryWorkbook } from "../../src/office/memory";
import { ROOT } from "../helpers/projects";
import { build, exampleProject } from "../helpers/workbooks";
import { renderPdf } from "./libreoffice";

// A look at the exported file as a person sees it: LibreOffice prints it to PDF and
// pdftoppm turns the dashboard's page into a PNG, kept as a test artefact.
const ARTEFACTS = join(ROOT, "test-artifacts");

function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") {
      throw new Error(`${tool} is not installed: apt-get install -y poppler-utils`);
    }
    throw error;
  }
}

let folder = "";

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "ambitiekaart-render-"));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe("the exported dashboard, printed by LibreOffice", () => {
  it("shows project progress, the ambition map and the charts", async () => {
    const workbook = new MemoryWorkbook();
    await build(workbook, exampleProject("office-chairs"));
    workbook.person.deleteSheet("Sheet1");
    const file = join(folder, "office-chairs.xlsx");
    writeFileSync(file, await exportXlsx(workbook.inspect()));
    const pdf = renderPdf(file, folder);
    const pages = Number(/Pages:\s+(\d+)/.exec(poppler("pdfinfo", [pdf]))?.[1] ?? 0);
    const texts = Array.from({ length: pages }, (_, i) =>
      poppler("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", pdf, "-"]),
    );
    const page = texts.findIndex((text) => text.includes("Ambitiekaart van het project")) + 1;
    expect(page).toBeGreaterThan(0);
    const dashboard = texts[page - 1] ?? "";
    expect(dashboard).toContain("Projectvoortgang");
    expect(dashboard).toContain("Voortgang per indicator");
    expect(dashboard).toContain("93.8%");

    mkdirSync(ARTEFACTS, { recursive: true });
    const png = join(ARTEFACTS, "dashboard");
    poppler("pdftoppm", [
      "-f",
      String(page),
      "-l",
      String(page),
      "-r",
      "70",
      "-png",
      "-singlefile",
      pdf,
      png,
    ]);
    expect(statSync(`${png}.png`).size).toBeGreaterThan(10_000);
    if (process.env.UPDATE_DOCS === "1")
      copyFileSync(`${png}.png`, join(ROOT, "docs", "dashboard.png"));
  });
});
