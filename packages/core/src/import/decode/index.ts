export { decodeTextBytes } from "./decode-bytes.ts";
export type { DecodedText, TextEncodingName } from "./decoded-text.ts";
// Core's root already exports revisions' repairMojibake (a lossy fold for comparison keys),
// so this one leaves the package as repairTextMojibake.
export { MAX_LISTED_REPAIRS, MAX_REPAIR_EXCERPT, repairMojibake as repairTextMojibake } from "./repair-mojibake.ts";
