import { findKnownGroup } from "../../statements/known-groups.ts";
import { normaliseText } from "../normalise-text.ts";
import { onBehalfOfIn } from "../speaker-line.ts";
import type { RawBlock } from "../types.ts";
import type { RecordTurn } from "./record-types.ts";
import type { SpeakerMarker } from "./speaker-marker.ts";

/**
 * Words that make "on behalf of the …" a group rather than "my Government" or "the Council"; "States" only
 * with a word that makes them several ("Member States", "small island developing States", not "the United States").
 */
const GROUP_WORD =
  /\b(?:Group|Movement|Alliance|Community|Union|countries|members|Members|Forum|Coalition|Friends|Organi[sz]ation|League|Bloc|Nordic|Benelux)\b|\b(?:Member|member|Island|island|developing|Arab|African|Baltic|Nordic|Caribbean|Gulf|Pacific|Landlocked|landlocked|like-minded|Andean|American) States\b/u;

/** "Canada, Australia and New Zealand": countries speaking together. */
const COUNTRIES = /^\p{Lu}[\p{L} ]{0,60}(?:, \p{Lu}[\p{L} ]{0,60}){0,20} and \p{Lu}[\p{L} ]{0,60}$/u;
const CLAUSE_MAX = 300;
const CLAUSE_END = /[.;:!?](?:\s|$)|[()]/u;

/** How far into a turn a group spoken for is looked for: its opening words. */
const BEHALF_WINDOW = 1_000;
const BEHALF_TRIES = 5;

/** "aligns itself with the statement to be delivered on behalf of …": a group someone else speaks for. */
const ANOTHERS = /\balign(?:s|ed|ing)?\b|\b(?:to be|will be|was|been) (?:delivered|made)\b|\b(?:delivered|made) by\b/iu;

/** The sentence up to `at`, from its start or at most 200 characters back. */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 200), at);
  const stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf("! "), before.lastIndexOf("? "));
  return stop < 0 ? before : before.slice(stop + 2);
}

/** The group a speaker speaks for, from the turn's first two paragraphs. */
export function groupSpokenFor(blocks: readonly RawBlock[]): string | undefined {
  for (const block of blocks.slice(0, 2)) {
    const text = normaliseText(block.text.slice(0, BEHALF_WINDOW * 2)).slice(0, BEHALF_WINDOW);
    const at = /on behalf of|in (?:my|its|our) capacity as/giu;
    for (let n = 0, found = at.exec(text); found !== null && n < BEHALF_TRIES; n++, found = at.exec(text)) {
      if (ANOTHERS.test(sentenceBefore(text, found.index))) continue;
      // The clause only: the rest of the paragraph is not the group's name.
      const clause = text.slice(found.index, found.index + CLAUSE_MAX).split(CLAUSE_END, 1)[0] ?? "";
      const group = onBehalfOfIn(clause);
      if (group !== undefined && (findKnownGroup(group) !== null || GROUP_WORD.test(group) || COUNTRIES.test(group))) return group;
    }
  }
  return undefined;
}

/** The raw text after the marker: the marker ends at its colon, the n-th of the paragraph, which folding white space keeps. */
function afterMarker(raw: string, flat: string, marker: SpeakerMarker): string {
  let colons = 0;
  for (let i = 0; i < marker.length; i++) if (flat[i] === ":") colons++;
  let at = -1;
  for (let n = 0; n < colons; n++) at = raw.indexOf(":", at + 1);
  return raw.slice(at + 1).replace(/^\s+/u, "");
}

const PRESIDING_ROLES = /^(?:(?:Acting|Temporary|Interim) )?(?:President|Chair|Chairman|Chairperson|Chairwoman|Co-Chair|Vice-President)$/u;

/** A turn being read: its marker and the blocks so far. */
export class TurnBuilder {
  readonly blocks: RawBlock[] = [];
  private readonly firstPage: number | undefined;
  private lastPage: number | undefined;

  constructor(
    private readonly marker: SpeakerMarker,
    opening: RawBlock,
    flat: string,
    /** Who was in the chair as Acting President when the turn began: it changes during a meeting. */
    private readonly actingDelegation: string | undefined,
  ) {
    this.firstPage = opening.page;
    this.lastPage = opening.page;
    const rest = afterMarker(opening.text, flat, marker);
    if (rest !== "") this.blocks.push({ ...opening, text: rest });
  }

  add(block: RawBlock): void {
    this.blocks.push(block);
    if (block.page !== undefined) this.lastPage = block.page;
  }

  get presiding(): boolean {
    return this.marker.role !== undefined && PRESIDING_ROLES.test(this.marker.role);
  }

  /**
   * The turn, with the presiding member's country for a presiding officer the marker does not place:
   * the President's from the cover, read once the whole record is, an Acting President's from the
   * line that said who took the Chair.
   */
  build(index: number, presidentDelegation: string | undefined): RecordTurn {
    const { speaker, delegation, role, language, noted } = this.marker;
    const turn: RecordTurn = { index, speaker, blocks: this.blocks };
    const chair = role?.startsWith("Acting") ? this.actingDelegation : presidentDelegation;
    const placed = delegation ?? (this.presiding ? chair : undefined);
    if (placed !== undefined) turn.delegation = placed;
    if (role !== undefined) turn.role = role;
    const group = this.presiding ? undefined : groupSpokenFor(this.blocks);
    if (group !== undefined) turn.onBehalfOf = group;
    // Without an interpretation note the speech was given in English, the record's language.
    const spoken = noted ? language : "en";
    if (spoken !== undefined) turn.language = spoken;
    if (this.firstPage !== undefined && this.lastPage !== undefined) turn.pages = { from: this.firstPage, to: this.lastPage };
    return turn;
  }
}
