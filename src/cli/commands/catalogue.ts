import type { Catalogue } from "../../core/catalogue";
import type { Language } from "../../core/language";
import type { CliOptions } from "../args";
import { formatTable } from "../format";
import type { CliIo } from "../io";
import type { CliMessages } from "../messages";

/** `ambitiekaart catalogue`: the catalogue in use, as text or as JSON. */
export function runCatalogue(
  catalogue: Catalogue,
  context: { options: CliOptions; io: CliIo; messages: CliMessages },
): number {
  const { options, io, messages } = context;
  if (options.json) {
    io.stdout(JSON.stringify({ valid: true, catalogue, problems: [] }, null, 2) + "\n");
  } else {
    io.stdout(catalogueText(catalogue, options.language, messages) + "\n");
  }
  return 0;
}

function catalogueText(catalogue: Catalogue, language: Language, messages: CliMessages): string {
  const goals = catalogue.goals.map((goal) => [
    goal.letter,
    messages.phase[goal.phase],
    goal.name[language],
  ]);
  const strategies = catalogue.strategies.map((strategy) => [
    String(strategy.number),
    strategy.name[language],
    `${messages.supports} ${strategy.goals.join(", ")}`,
  ]);
  const indicators = catalogue.indicators.map((indicator) => [
    indicator.id,
    indicator.name[language],
    indicator.unit[language],
    messages.direction[indicator.direction],
  ]);
  const categories = catalogue.productCategories.map((category) => [
    category.id,
    category.name[language],
  ]);
  return [
    catalogue.name[language],
    catalogue.description[language],
    "",
    messages.goalsHeading,
    ...formatTable(goals),
    "",
    messages.strategiesHeading,
    ...formatTable(strategies),
    "",
    messages.indicatorsHeading,
    ...formatTable(indicators),
    "",
    messages.categoriesHeading,
    ...formatTable(categories),
  ].join("\n");
}
