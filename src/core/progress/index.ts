export * from "./progress";
export * from "./project-progress";
