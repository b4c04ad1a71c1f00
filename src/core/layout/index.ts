export * from "./build-plan";
export * from "./geometry";
export * from "./plan";
