export * from "./anchoring/index.ts";
export * from "./import/index.ts";
export * from "./model/index.ts";
export * from "./notes/index.ts";
export * from "./paragraphs/index.ts";
export * from "./references/index.ts";
export * from "./statements/index.ts";
export * from "./w3c/index.ts";
