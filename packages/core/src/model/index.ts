export * from "./annotation.ts";
export * from "./block.ts";
export * from "./result.ts";
export * from "./taxonomy.ts";
