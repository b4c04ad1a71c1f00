import type { CatalogueIndex } from "../../core/catalogue";
import { checkProjectFile } from "../../core/check-project";
import { hasErrors } from "../../core/problems/problem";
import type { CliOptions } from "../args";
import { formatProblems, formatSummary } from "../format";
import type { CliIo } from "../io";
import type { CliMessages } from "../messages";

/** `ambitiekaart validate`: prints the project's problems; 1 when one is an error. */
export function runValidate(
  project: unknown,
  file: string,
  index: CatalogueIndex,
  context: { options: CliOptions; io: CliIo; messages: CliMessages },
): number {
  const { options, io, messages } = context;
  const { problems } = checkProjectFile(project, index, { today: io.today() });
  const valid = !hasErrors(problems);
  if (options.json) {
    io.stdout(JSON.stringify({ file, valid, problems }, null, 2) + "\n");
  } else {
    const lines = formatProblems(problems, options.language, messages);
    io.stdout([...lines, formatSummary(file, problems, messages)].join("\n") + "\n");
  }
  return valid ? 0 : 1;
}
