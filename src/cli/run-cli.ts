import { languageFromLocale } from "../core/language";
import { parseArgs, type CliOptions } from "./args";
import { runCatalogue } from "./commands/catalogue";
import { runExport } from "./commands/export";
import { runProgress } from "./commands/progress";
import { runValidate } from "./commands/validate";
import { formatProblems } from "./format";
import type { CliIo } from "./io";
import { loadCatalogue } from "./load-catalogue";
import { cliMessages, fill } from "./messages";
import { readJsonFile } from "./read-json";

/** Exit statuses shared by every command. */
export const EXIT = { ok: 0, problems: 1, unusable: 2 } as const;

/** Runs one CLI command and resolves with its exit status; it never throws at the person. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, languageFromLocale(io.locale));
  if (parsed.kind !== "run") {
    const messages = cliMessages(parsed.language);
    if (parsed.kind === "help") {
      io.stdout(messages.usage + "\n");
      return EXIT.ok;
    }
    io.stderr(`${parsed.reason}\n${messages.usage}\n`);
    return EXIT.unusable;
  }
  return runCommand(parsed.options, io);
}

async function runCommand(options: CliOptions, io: CliIo): Promise<number> {
  const messages = cliMessages(options.language);
  const context = { options, io, messages };
  const catalogue = await loadCatalogue(io, options.catalogue, messages);
  if (catalogue.kind === "unreadable") {
    io.stderr(catalogue.reason + "\n");
    return EXIT.unusable;
  }
  if (catalogue.kind === "invalid") {
    if (options.json) {
      const output = { file: catalogue.file, valid: false, problems: catalogue.problems };
      io.stdout(JSON.stringify(output, null, 2) + "\n");
    } else {
      const heading = fill(messages.catalogueInvalid, { file: catalogue.file });
      const lines = formatProblems(catalogue.problems, options.language, messages);
      io.stdout([heading, ...lines].join("\n") + "\n");
    }
    return EXIT.problems;
  }
  if (options.command === "catalogue") return runCatalogue(catalogue.index.catalogue, context);

  const file = options.file ?? "";
  const project = await readJsonFile(io, file, messages);
  if (!project.ok) {
    io.stderr(project.reason + "\n");
    return EXIT.unusable;
  }
  if (options.command === "export") {
    return runExport(project.value, file, catalogue.index, context);
  }
  const run = options.command === "validate" ? runValidate : runProgress;
  return run(project.value, file, catalogue.index, context);
}
