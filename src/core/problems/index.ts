export * from "./problem";
export * from "./schema-problems";
