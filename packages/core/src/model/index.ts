export * from "./annotation.ts";
export * from "./block.ts";
export * from "./result.ts";
export * from "./taxonomy.ts";
export * from "./statement-ref.ts";
export * from "./roles.ts";
export * from "./code.ts";
