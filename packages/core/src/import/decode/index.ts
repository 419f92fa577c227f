export { decodeTextBytes } from "./decode-bytes.ts";
export type { DecodedText, TextEncodingName } from "./decoded-text.ts";
export { MAX_LISTED_REPAIRS, MAX_REPAIR_EXCERPT, repairMojibake } from "./repair-mojibake.ts";
