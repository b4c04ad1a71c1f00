export * from "./model";
export * from "./parse-project";
export * from "./resolve-indicator";
export * from "./schema";
export * from "./validate-project";
