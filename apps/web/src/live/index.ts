/** Live updates: everyone's changes to a statement's annotations as they happen, and who is reading it. */
export { useStatementEvents, type Reader } from "./use-statement-events.ts";
export { AlsoReading } from "./also-reading.tsx";
