export * from "./note-text.ts";
