import type { Language } from "../core/language";

/** The CLI's own texts; problem messages come from the core's message files. */
const en = {
  usage: [
    "Usage:",
    "  ambitiekaart validate <project.json> [--catalogue <file>] [--lang nl|en] [--json]",
    "  ambitiekaart progress <project.json> [--catalogue <file>] [--lang nl|en] [--json]",
    "  ambitiekaart catalogue [--catalogue <file>] [--lang nl|en] [--json]",
    "  ambitiekaart export <project.json> -o <file.xlsx> [--lang nl|en] [--catalogue <file>]",
    "                      [--force]",
    "",
    "Exit status: 0 no error (warnings allowed), 1 errors found, 2 a file could not be read",
    "or the arguments are wrong.",
  ].join("\n"),
  unknownCommand: "Unknown command {value}.",
  missingCommand: "No command given.",
  unknownOption: "Unknown option {value}.",
  missingValue: "Option {value} needs a value.",
  badLanguage: 'Language {value} is not supported; use "nl" or "en".',
  missingFile: "No project file given.",
  missingOutput: "No output file given: use -o <file.xlsx>.",
  outputExists: "{file} exists already; use --force to replace it.",
  outputUnwritable: "Cannot write {file}: {detail}.",
  exportRefused: "{file} has errors; the workbook was not written:",
  exported: "Wrote {output}: sheets {sheets}; {indicators} indicators.",
  extraArgument: "Unexpected argument {value}.",
  fileNotFound: "Cannot read {file}: the file does not exist.",
  fileUnreadable: "Cannot read {file}: {detail}.",
  notJson: "{file} is not valid JSON.",
  notJsonAt: "{file} is not valid JSON: the error is at line {line}, column {column}.",
  catalogueInvalid: "The catalogue {file} cannot be used:",
  summary: "{file}: {errors} errors, {warnings} warnings, {infos} notes.",
  noProblems: "{file}: no problems found.",
  severity: { error: "error", warning: "warning", info: "note" },
  progressHeader: ["Goal", "Indicator", "Ambition", "Change", "Progress", "Status"],
  goalProgress: "Goal {goal}: progress {progress}",
  projectProgress: "Project: progress {progress}",
  nothingComputed: "Nothing can be computed: the file's structure is broken.",
  goalsHeading: "Goals",
  strategiesHeading: "Strategies",
  indicatorsHeading: "Indicator table",
  categoriesHeading: "Product categories",
  phase: { input: "input", use: "use", output: "output" },
  direction: { higher: "higher is better", lower: "lower is better" },
  supports: "supports",
};

export type CliMessages = typeof en;

const nl: CliMessages = {
  usage: [
    "Gebruik:",
    "  ambitiekaart validate <project.json> [--catalogue <bestand>] [--lang nl|en] [--json]",
    "  ambitiekaart progress <project.json> [--catalogue <bestand>] [--lang nl|en] [--json]",
    "  ambitiekaart catalogue [--catalogue <bestand>] [--lang nl|en] [--json]",
    "  ambitiekaart export <project.json> -o <bestand.xlsx> [--lang nl|en]",
    "                      [--catalogue <bestand>] [--force]",
    "",
    "Afsluitcode: 0 geen fouten (waarschuwingen mogen), 1 fouten gevonden, 2 een bestand",
    "kon niet gelezen worden of de argumenten kloppen niet.",
  ].join("\n"),
  unknownCommand: "Onbekende opdracht {value}.",
  missingCommand: "Geen opdracht opgegeven.",
  unknownOption: "Onbekende optie {value}.",
  missingValue: "Optie {value} heeft een waarde nodig.",
  badLanguage: 'Taal {value} wordt niet ondersteund; gebruik "nl" of "en".',
  missingFile: "Geen projectbestand opgegeven.",
  missingOutput: "Geen uitvoerbestand opgegeven: gebruik -o <bestand.xlsx>.",
  outputExists: "{file} bestaat al; gebruik --force om het te vervangen.",
  outputUnwritable: "Kan {file} niet schrijven: {detail}.",
  exportRefused: "{file} bevat fouten; de werkmap werd niet geschreven:",
  exported: "{output} geschreven: bladen {sheets}; {indicators} indicatoren.",
  extraArgument: "Onverwacht argument {value}.",
  fileNotFound: "Kan {file} niet lezen: het bestand bestaat niet.",
  fileUnreadable: "Kan {file} niet lezen: {detail}.",
  notJson: "{file} is geen geldige JSON.",
  notJsonAt: "{file} is geen geldige JSON: de fout staat op regel {line}, kolom {column}.",
  catalogueInvalid: "De catalogus {file} kan niet gebruikt worden:",
  summary: "{file}: {errors} fouten, {warnings} waarschuwingen, {infos} opmerkingen.",
  noProblems: "{file}: geen problemen gevonden.",
  severity: { error: "fout", warning: "waarschuwing", info: "opmerking" },
  progressHeader: ["Doel", "Indicator", "Ambitie", "Verandering", "Voortgang", "Status"],
  goalProgress: "Doelstelling {goal}: voortgang {progress}",
  projectProgress: "Project: voortgang {progress}",
  nothingComputed: "Er kan niets berekend worden: de structuur van het bestand klopt niet.",
  goalsHeading: "Doelstellingen",
  strategiesHeading: "Strategieën",
  indicatorsHeading: "Indicatorentabel",
  categoriesHeading: "Productcategorieën",
  phase: { input: "input", use: "gebruik", output: "output" },
  direction: { higher: "hoger is beter", lower: "lager is beter" },
  supports: "ondersteunt",
};

const FILES: Record<Language, CliMessages> = { nl, en };

/** The CLI's texts in one language. */
export function cliMessages(language: Language): CliMessages {
  return FILES[language];
}

/** Fills `{name}` placeholders of a CLI text. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}
