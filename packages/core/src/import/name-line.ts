import { normaliseText } from "./normalise-text.ts";

/** A name token: a capitalised word, an initial, or a particle between them. */
const WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*`;
const NAME = new RegExp(String.raw`^${WORD}(?:\s+(?:${WORD}|\p{Lu}\.|de|da|dos|du|van|von|der|al|bin|el|la|le|di)){1,4}$`, "u");
const NOT_A_NAME =
  /(?<!\p{L})(?:Council|Assembly|Committee|Nations|Commission|Conference|Mission|Republic|Kingdom|States|Group|Union|Session|Debate|Meeting|Statement|Remarks|Agenda|Item|Report|Peace|Security|Rights|President|Vice|Chair|Chairman|Chairperson|Co-Chair|Co-Chairs|Secretary|Moderator|Facilitator|Colleagues|Delegates|Excellencies)(?!\p{L})/u;

/** A line that is only a person's name, "Susan E. Rice" or "Csaba Kőrösi", with no office or honorific. */
export function isNameLine(line: string): boolean {
  const flat = normaliseText(line);
  return flat.length <= 60 && NAME.test(flat) && !NOT_A_NAME.test(flat);
}
