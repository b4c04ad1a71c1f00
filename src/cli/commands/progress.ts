import type { CatalogueIndex } from "../../core/catalogue";
import { checkProjectFile } from "../../core/check-project";
import { computeProjectProgress, type ProjectProgress } from "../../core/progress";
import { hasErrors, type Problem } from "../../core/problems/problem";
import type { CliOptions } from "../args";
import { formatNumber, formatProblems, formatTable } from "../format";
import type { CliIo } from "../io";
import { fill, type CliMessages } from "../messages";

/**
 * `ambitiekaart progress`: progress per indicator, goal and project. An invalid
 * project still gets what can be computed, followed by its problems.
 */
export function runProgress(
  project: unknown,
  file: string,
  index: CatalogueIndex,
  context: { options: CliOptions; io: CliIo; messages: CliMessages },
): number {
  const { options, io } = context;
  const check = checkProjectFile(project, index, { today: io.today() });
  const progress: ProjectProgress = check.project
    ? computeProjectProgress(check.project, index)
    : { indicators: [], goals: [], project: null };
  const valid = !hasErrors(check.problems);
  if (options.json) {
    const output = { file, valid, ...progress, problems: check.problems };
    io.stdout(JSON.stringify(output, null, 2) + "\n");
  } else {
    io.stdout(progressText(progress, check.project !== null, check.problems, context) + "\n");
  }
  return valid ? 0 : 1;
}

function progressText(
  progress: ProjectProgress,
  computed: boolean,
  problems: readonly Problem[],
  context: { options: CliOptions; messages: CliMessages },
): string {
  const { options, messages } = context;
  const lines: string[] = [];
  if (!computed) {
    lines.push(messages.nothingComputed);
  } else {
    const rows = progress.indicators.map((row) => [
      row.goal,
      row.indicator,
      formatNumber(row.ambition),
      formatNumber(row.realisedChange),
      formatNumber(row.progress),
      row.status,
    ]);
    lines.push(...formatTable([messages.progressHeader, ...rows]), "");
    for (const goal of progress.goals) {
      const params = { goal: goal.goal, progress: formatNumber(goal.progress) };
      lines.push(fill(messages.goalProgress, params));
    }
    lines.push(fill(messages.projectProgress, { progress: formatNumber(progress.project) }));
  }
  if (problems.length > 0) lines.push("", ...formatProblems(problems, options.language, messages));
  return lines.join("\n");
}
