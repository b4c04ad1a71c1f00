import type { Catalogue } from "../core/catalogue/schema";
import { exportXlsx } from "../export/export-xlsx";
import type { MemoryWorkbook } from "../office/memory";
import { readProject } from "../office/workbook-actions";
import { todayIso } from "../taskpane/today";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The workbook as an .xlsx file, named after the project in it. */
export async function workbookFile(
  workbook: MemoryWorkbook,
  catalogue: Catalogue,
  fallbackName: string,
): Promise<{ blob: Blob; fileName: string }> {
  const bytes = await exportXlsx(workbook.inspect());
  const read = await readProject(workbook, catalogue, todayIso());
  const name = read.ok ? (read.project.card.name ?? "") : "";
  // The Blob takes its own copy, so the bytes' buffer type does not matter.
  const blob = new Blob([bytes.slice()], { type: XLSX_TYPE });
  return { blob, fileName: `${safeFileName(name) || fallbackName}.xlsx` };
}

/** Hands a file to the browser as a download. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once click() returns; the URL is no longer needed.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

// Characters Windows, macOS or Linux refuse in a file name, and control characters.
function safeFileName(name: string): string {
  return Array.from(name, (char) => (char < " " || '\\/:*?"<>|'.includes(char) ? " " : char))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}
