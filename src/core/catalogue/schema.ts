import { z } from "zod";

/** The `format` name every catalogue file carries. */
export const CATALOGUE_FORMAT = "ambitiekaart-catalogue";
export const CATALOGUE_VERSION = 1;

const text = z.strictObject({
  nl: z.string().trim().min(1).max(1000),
  en: z.string().trim().min(1).max(1000),
});

/** A goal letter: one capital. The published map uses A to E. */
const goalLetter = z.string().regex(/^[A-Z]$/, "format-goal-letter");

export const PHASES = ["input", "use", "output"] as const;
export const DIRECTIONS = ["higher", "lower"] as const;

const goal = z.strictObject({
  letter: goalLetter,
  phase: z.enum(PHASES),
  name: text,
  description: text,
});

const strategy = z.strictObject({
  number: z.number().int().positive(),
  name: text,
  description: text,
  goals: z.array(goalLetter).min(1),
});

const indicator = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/, "format-indicator-id"),
  goal: goalLetter,
  name: text,
  unit: text,
  direction: z.enum(DIRECTIONS),
  definition: text,
});

const productCategory = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "format-category-id"),
  name: text,
});

/** The schema of a catalogue file: the content of an ambition map, in Dutch and English. */
export const catalogueSchema = z.strictObject({
  format: z.literal(CATALOGUE_FORMAT),
  version: z.literal(CATALOGUE_VERSION),
  name: text,
  description: text,
  goals: z.array(goal).min(1),
  strategies: z.array(strategy).min(1),
  indicators: z.array(indicator),
  productCategories: z.array(productCategory).min(1),
});

export type Catalogue = z.output<typeof catalogueSchema>;
export type CatalogueGoal = Catalogue["goals"][number];
export type CatalogueStrategy = Catalogue["strategies"][number];
export type CatalogueIndicator = Catalogue["indicators"][number];
export type ProductCategory = Catalogue["productCategories"][number];
export type Phase = (typeof PHASES)[number];
export type Direction = (typeof DIRECTIONS)[number];
