import { z } from "zod";

/** The `format` name every project file carries. */
export const PROJECT_FORMAT = "ambitiekaart-project";
export const PROJECT_VERSION = 1;

type ObjectMaker = typeof z.object;

/**
 * The project file's schema. It is strict about structure and lenient about the
 * values the method has rules for (letters, numbers, measurements, dates), so
 * validation can name each broken rule instead of rejecting the whole file.
 * With `strict`, unknown fields are issues too; the lenient form drops them.
 */
export function projectFileSchema(strict: boolean) {
  // Both makers take the same arguments; only the handling of unknown keys differs.
  const object = (strict ? z.strictObject : z.object) as ObjectMaker;
  const optionalText = z.string().max(32767).optional();

  const stakeholder = object({ name: z.string().max(32767), role: optionalText });
  const card = object({
    name: optionalText,
    organisation: optionalText,
    productCategory: optionalText,
    product: optionalText,
    buyer: optionalText,
    contractStart: optionalText,
    contractEnd: optionalText,
    stakeholders: z.array(stakeholder).optional(),
  });
  const strategy = object({ number: z.number(), note: optionalText });
  const indicator = object({
    id: optionalText,
    name: optionalText,
    unit: optionalText,
    direction: optionalText,
    baseline: z.unknown().optional(),
    contract: z.unknown().optional(),
    end: z.unknown().optional(),
    baselineDate: optionalText,
    endDate: optionalText,
    evidence: optionalText,
  });
  const goal = object({
    goal: z.string(),
    strategies: z.array(strategy),
    indicators: z.array(indicator),
  });
  return object({
    format: z.literal(PROJECT_FORMAT),
    version: z.literal(PROJECT_VERSION),
    card,
    goals: z.array(goal),
  });
}

export type ProjectFile = z.output<ReturnType<typeof projectFileSchema>>;
