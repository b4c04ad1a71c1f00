import { isLanguage, type Language } from "../core/language";
import { cliMessages, fill } from "./messages";

export const COMMANDS = ["validate", "progress", "catalogue", "export"] as const;
export type Command = (typeof COMMANDS)[number];

export interface CliOptions {
  command: Command;
  /** The project file, for the commands that read one. */
  file: string | null;
  catalogue: string | null;
  /** Where `export` writes the workbook. */
  output: string | null;
  language: Language;
  json: boolean;
  /** `export` may replace an existing file. */
  force: boolean;
}

export type ParsedArgs =
  | { kind: "run"; options: CliOptions }
  | { kind: "help"; language: Language }
  | { kind: "error"; language: Language; reason: string };

const VALUE_OPTIONS = new Set(["--catalogue", "--lang", "--output", "-o"]);
const FLAG_OPTIONS = new Set(["--json", "--help", "-h", "--force"]);

/** Reads the command line; `fallback` is the language when `--lang` is not given. */
export function parseArgs(args: readonly string[], fallback: Language): ParsedArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  let language = fallback;
  const fail = (key: "unknownOption" | "missingValue", value: string): ParsedArgs => ({
    kind: "error",
    language,
    reason: fill(cliMessages(language)[key], { value }),
  });

  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const [name, inline] = splitOption(arg);
    if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || (inline === undefined && value.startsWith("--"))) {
        return fail("missingValue", name);
      }
      values.set(name === "-o" ? "--output" : name, value);
      if (name === "--lang" && isLanguage(value)) language = value;
    } else if (FLAG_OPTIONS.has(arg)) {
      flags.add(arg === "-h" ? "--help" : arg);
    } else if (arg.startsWith("-") && arg !== "-") {
      return fail("unknownOption", arg);
    } else {
      positionals.push(arg);
    }
  }
  return interpret(positionals, values, flags, language);
}

function interpret(
  positionals: readonly string[],
  values: ReadonlyMap<string, string>,
  flags: ReadonlySet<string>,
  language: Language,
): ParsedArgs {
  const messages = cliMessages(language);
  const error = (reason: string): ParsedArgs => ({ kind: "error", language, reason });
  const requested = values.get("--lang");
  if (requested !== undefined && !isLanguage(requested)) {
    return error(fill(messages.badLanguage, { value: JSON.stringify(requested) }));
  }
  if (flags.has("--help")) return { kind: "help", language };

  const [command, ...rest] = positionals;
  if (command === undefined) return error(messages.missingCommand);
  if (!isCommand(command)) {
    return error(fill(messages.unknownCommand, { value: JSON.stringify(command) }));
  }
  const needsFile = command !== "catalogue";
  if (needsFile && rest.length === 0) return error(messages.missingFile);
  const extra = rest[needsFile ? 1 : 0];
  if (extra !== undefined) return error(fill(messages.extraArgument, { value: extra }));
  const output = values.get("--output") ?? null;
  if (command === "export" && output === null) return error(messages.missingOutput);
  return {
    kind: "run",
    options: {
      command,
      file: needsFile ? (rest[0] ?? null) : null,
      catalogue: values.get("--catalogue") ?? null,
      output,
      language,
      json: flags.has("--json"),
      force: flags.has("--force"),
    },
  };
}

function splitOption(arg: string): [string, string | undefined] {
  const equals = arg.indexOf("=");
  if (!arg.startsWith("--") || equals < 0) return [arg, undefined];
  return [arg.slice(0, equals), arg.slice(equals + 1)];
}

function isCommand(value: string): value is Command {
  return (COMMANDS as readonly string[]).includes(value);
}
