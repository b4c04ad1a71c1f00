import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

const INSTALL = "apt-get install -y --no-install-recommends libreoffice-calc-nogui";

/** The path of LibreOffice's soffice; fails naming the package when it is not installed. */
export function findSoffice(): string {
  const found = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], {
    encoding: "utf8",
  });
  const path = found.stdout.trim().split("\n")[0] ?? "";
  if (path === "") throw new Error(`LibreOffice is not installed: ${INSTALL}`);
  return path;
}

// LibreOffice keeps the cached results of an .xlsx unless its profile says to recalculate
// on load; OOXMLRecalcMode 0 means "always". The export writes no cached results anyway,
// so this makes the check independent of that choice.
const PROFILE = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<oor:items xmlns:oor="http://openoffice.org/2001/registry"',
  ' xmlns:xs="http://www.w3.org/2001/XMLSchema"',
  ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
  '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">',
  '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>',
  "</oor:items>",
].join("\n");

/** A fresh LibreOffice profile folder that always recalculates .xlsx files on load. */
export function makeProfile(folder: string): string {
  const user = join(folder, "profile", "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(join(user, "registrymodifications.xcu"), PROFILE);
  return pathToFileURL(join(folder, "profile")).href;
}

// CSV filter tokens: comma, double quote, UTF-8, from line 1, default cell format, language
// 1033, quoted text not as text, special numbers, contents not as shown (full precision),
// no formulas, spaces kept, and -1: every sheet to its own file.
const CSV_FILTER =
  "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1";

/** Recalculates each .xlsx with LibreOffice and returns, per file, each sheet's rows. */
export function recalculateToCsv(
  files: readonly string[],
  folder: string,
): Map<string, Map<string, string[][]>> {
  const out = join(folder, "csv");
  mkdirSync(out, { recursive: true });
  const args = [`-env:UserInstallation=${makeProfile(folder)}`, "--headless"];
  execFileSync(findSoffice(), [...args, "--convert-to", CSV_FILTER, "--outdir", out, ...files], {
    stdio: "pipe",
    timeout: 300_000,
  });
  const result = new Map<string, Map<string, string[][]>>();
  for (const file of files) {
    const stem = basename(file, ".xlsx");
    const sheets = new Map<string, string[][]>();
    for (const csv of readdirSync(out).filter((name) => name.startsWith(`${stem}-`))) {
      const sheet = csv.slice(stem.length + 1, -".csv".length);
      sheets.set(sheet, parseCsv(readFileSync(join(out, csv), "utf8")));
    }
    result.set(file, sheets);
  }
  return result;
}

/** Renders an .xlsx to PDF with LibreOffice; returns the PDF's path. */
export function renderPdf(file: string, folder: string): string {
  const args = [`-env:UserInstallation=${makeProfile(folder)}`, "--headless"];
  execFileSync(findSoffice(), [...args, "--convert-to", "pdf", "--outdir", folder, file], {
    stdio: "pipe",
    timeout: 300_000,
  });
  return join(folder, `${basename(file, ".xlsx")}.pdf`);
}

/** Parses CSV with quoted fields ("" inside quotes is one quote). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
    } else if (char !== "\r") field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** A number from a CSV cell as LibreOffice wrote it ("88%", "-250", "1E+09"); null for "". */
export function csvNumber(text: string | undefined): number | null {
  if (text === undefined || text.trim() === "") return null;
  const percent = text.trim().endsWith("%");
  const value = Number(text.trim().replace(/%$/, ""));
  if (Number.isNaN(value)) throw new Error(`"${text}" is not a number`);
  return percent ? value / 100 : value;
}
