import { invalidArgument } from "../errors";

/** A value that must be one of a list of strings, or InvalidArgument. */
export function oneOf<T extends string>(list: readonly T[], value: unknown, location: string): T {
  const found = list.find((item) => item === value);
  if (found === undefined) {
    throw invalidArgument(location, `Expected one of ${list.join(", ")}; got ${String(value)}.`);
  }
  return found;
}

/** A boolean argument, or InvalidArgument. */
export function booleanArgument(value: unknown, location: string): boolean {
  if (typeof value !== "boolean") throw invalidArgument(location, "Expected true or false.");
  return value;
}

/** A finite number argument, or InvalidArgument. */
export function numberArgument(value: unknown, location: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw invalidArgument(location, "Expected a finite number.");
  }
  return value;
}

/** A string argument, or InvalidArgument. */
export function stringArgument(value: unknown, location: string): string {
  if (typeof value !== "string") throw invalidArgument(location, "Expected a string.");
  return value;
}

/** A plain object argument (such as a rule), or InvalidArgument. */
export function objectArgument(value: unknown, location: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalidArgument(location, "Expected an object.");
  }
  return value as Record<string, unknown>;
}
