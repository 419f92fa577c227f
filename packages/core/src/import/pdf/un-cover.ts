import type { DroppedLine, RawBlock } from "../types.ts";

// The lines a UN document's first page prints above its title that say where the document belongs, not what it says:
// distribution, languages, session, agenda item (and the item's title after it), a session's dates, the notice of a
// written statement. Dates, organs and titles stay: the preamble reads them as metadata.

const COVER_LINES = [
  /^Distr\.: ?(?:General|Limited|Restricted)$/,
  /^Original: ?[A-Z][a-z]{2,12}(?:(?:, | and )[A-Z][a-z]{2,12}){0,5}$/,
  /^(?:English|French|Spanish|Arabic|Chinese|Russian)(?:(?:, | and )[A-Z][a-z]{2,12}){0,5} only$/,
  /^(?:Resumed )?[A-Z][a-z]{2,12}(?:-[a-z]{2,12})? (?:session|year)$/,
  /^(?:United Nations|Provisional|Official Records)$/,
  // A session's dates: "11 September–6 October 2023", "Vienna, 22–26 May 2023".
  /^(?:[A-Z][a-z]{2,15}, )?\d{1,2}(?: [A-Z][a-z]{2,9})?[–-]\d{1,2} [A-Z][a-z]{2,9} \d{4}$/,
  /^The Secretary-General has received the following written statement/,
];
/** "Agenda item 6", "Agenda items 3 and 4", "Item 69 of the provisional agenda", "Agenda item 8 (continued)". */
const AGENDA =
  /^(?:(?:Provisional )?[Aa]genda items? \d{1,3}[a-z]?(?:(?:, | and )\d{1,3}[a-z]?){0,9}(?: \(continued\))?|Items? \d{1,3}[a-z]? of the (?:provisional )?agenda)$/;

/** How far into page 1 the cover reaches, in blocks: past it nothing is read as a cover line. */
const COVER_BLOCKS = 30;

/**
 * Takes the cover lines out of page 1's first blocks, before its first long paragraph; an agenda item line takes the
 * lines after it in its block (the item's title) with it. A block left empty goes.
 */
export function stripUnCover(blocks: RawBlock[], dropped: DroppedLine[]): RawBlock[] {
  const kept: RawBlock[] = [];
  let cover = true;
  for (const [index, block] of blocks.entries()) {
    if (!cover || index >= COVER_BLOCKS || block.page !== 1 || block.text.length > 400) {
      cover = false;
      kept.push(block);
      continue;
    }
    const lines = block.text.split("\n");
    const agenda = lines.findIndex((l) => AGENDA.test(l.trim()));
    const left = lines.filter((line, i) => {
      const cut = (agenda >= 0 && i >= agenda) || COVER_LINES.some((re) => re.test(line.trim()));
      if (cut) dropped.push({ text: line, reason: "front-matter", page: 1 });
      return !cut;
    });
    if (left.length > 0) kept.push({ ...block, text: left.join("\n") });
  }
  return kept;
}
