import { normaliseText } from "../normalise-text.ts";
import type { RawBlock } from "../types.ts";

/**
 * "I invite … Ms. Rosemary DiCarlo, Under-Secretary-General for Political and Peacebuilding Affairs":
 * the President names each briefer with their office, and the briefer's marker is then only "Ms. DiCarlo:".
 * The name is at most four capitalised words, the office one of the Secretariat's and runs to the next comma.
 */
const INVITED =
  /\b(?:Mr|Mrs|Ms|Dr)\.? (?:\p{Lu}[\p{L}'’-]{0,30} ){0,3}(\p{Lu}[\p{L}'’-]{0,30}), ((?:(?:Acting|Deputy|Assistant|Under|Special|Executive|High|Chief|Resident|Senior)[\s-])*(?:Secretary-General|Representative|Envoy|Coordinator|Commissioner|Director|Director-General|Administrator|President|Chair|Chairperson|Head|Prosecutor|Adviser)\b[^,;.]{0,150})/gu;

const BLOCKS_READ = 20;
const CHARS_READ = 4_000;

/** Each briefer's office by surname, from what a presiding officer said when inviting them. */
export function invitedRoles(blocks: readonly RawBlock[], into: Map<string, string>): void {
  // Read as one text: a PDF may break the invitation between blocks.
  const text = blocks
    .slice(0, BLOCKS_READ)
    .map((block) => normaliseText(block.text.slice(0, CHARS_READ * 2)).slice(0, CHARS_READ))
    .join(" ");
  for (const found of text.matchAll(INVITED)) {
    const [, surname, role] = found;
    if (surname && role && !into.has(surname)) into.set(surname, role.trim());
  }
}
