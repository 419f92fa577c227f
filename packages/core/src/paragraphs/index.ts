export { assignCanonicalIds, type IdCounters } from "./assign-canonical-ids.ts";
export { isBlockId, isHeadingId, isParagraphId } from "./block-id.ts";
