import type { CatalogueIndex } from "../../core/catalogue";
import { checkProjectFile } from "../../core/check-project";
import { hasErrors } from "../../core/problems/problem";
import { exportXlsx } from "../../export/export-xlsx";
import { MemoryWorkbook } from "../../office/memory";
import { buildWorkbook } from "../../office/workbook-actions";
import type { CliOptions } from "../args";
import { formatProblems } from "../format";
import type { CliIo } from "../io";
import { fill, type CliMessages } from "../messages";

interface Context {
  options: CliOptions;
  io: CliIo;
  messages: CliMessages;
}

/**
 * `ambitiekaart export`: builds the project's workbook with the same office code that
 * runs in Excel, on the in-memory workbook, and writes it as .xlsx. A project with an
 * error is refused, as the task pane refuses to build it.
 */
export async function runExport(
  project: unknown,
  file: string,
  index: CatalogueIndex,
  context: Context,
): Promise<number> {
  const { options, io, messages } = context;
  const output = options.output ?? "";
  const check = checkProjectFile(project, index, { today: io.today() });
  if (!check.project || hasErrors(check.problems)) {
    const lines = formatProblems(check.problems, options.language, messages);
    io.stdout([fill(messages.exportRefused, { file }), ...lines].join("\n") + "\n");
    return 1;
  }
  if (!options.force && (await io.exists(output))) {
    io.stderr(fill(messages.outputExists, { file: output }) + "\n");
    return 2;
  }
  const workbook = new MemoryWorkbook();
  const built = await buildWorkbook(workbook, {
    project: check.project,
    catalogue: index.catalogue,
    language: options.language,
    base: null,
  });
  if (!built.ok) {
    io.stdout(formatProblems(built.problems, options.language, messages).join("\n") + "\n");
    return 1;
  }
  // A new in-memory workbook starts with an empty Sheet1, as Excel does; the file has none.
  workbook.person.deleteSheet("Sheet1");
  return writeWorkbook(await exportXlsx(workbook.inspect()), built, context);
}

async function writeWorkbook(
  data: Uint8Array,
  built: Extract<Awaited<ReturnType<typeof buildWorkbook>>, { ok: true }>,
  context: Context,
): Promise<number> {
  const { options, io, messages } = context;
  const output = options.output ?? "";
  try {
    await io.writeFile(output, data);
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const detail = typeof code === "string" ? code : String(message);
    io.stderr(fill(messages.outputUnwritable, { file: output, detail }) + "\n");
    return 2;
  }
  const indicators = built.project.goals.reduce((sum, goal) => sum + goal.indicators.length, 0);
  const sheets = Object.values(built.sheetNames).join(", ");
  io.stdout(fill(messages.exported, { output, sheets, indicators }) + "\n");
  return 0;
}
