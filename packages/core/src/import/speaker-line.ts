import { findKnownGroup } from "../statements/known-groups.ts";
import { normaliseText } from "./normalise-text.ts";
import type { MetadataHints } from "./types.ts";

/** Words that mark a person rather than a country or group. */
export const HONORIFIC =
  /^(?:H\.\s?E\.|His Excellency|Her Excellency|Their Excellencies|Ambassador|(?:Deputy |Vice |Prime |Foreign )?Minister|Deputy|Permanent Representative|Chargé d'affaires|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|Professor|Counsell?or|Secretary|Judge|Senator|President)\s/iu;

/**
 * The country in "Permanent Representative of Malaysia" or "Minister for Foreign Affairs of Japan".
 * The portfolio is bounded: unbounded, every "Minister for" read the rest of a long line again.
 */
function delegationIn(text: string): string | undefined {
  const found =
    /\b(?:Representative|Ambassador|Minister(?: for [\p{L} ]{1,100}?)?|Mission|Delegation|Chargé d'affaires(?: a\.i\.)?) of (?:the )?([\p{Lu}][^,;()]*?)(?=\s+(?:to|at|in)\s|[,;()]|$)/u.exec(
      text,
    );
  return found?.[1];
}

/** "on behalf of the Asia Pacific Group", "Chair of the Asia-Pacific Group": the group spoken for. */
export function onBehalfOfIn(text: string): string | undefined {
  const behalf = /\bon behalf of (?:the )?([^,;.()]+)/iu.exec(text);
  if (behalf?.[1]) return findKnownGroup(behalf[1])?.name ?? normaliseText(behalf[1]);
  const chair = /\b(?:Chair|Chairman|Chairperson|Coordinator|President) of (?:the )?([^,;()]+)/iu.exec(text);
  return chair?.[1] ? findKnownGroup(chair[1])?.name : undefined;
}

/** "H.E. Mr. X, Permanent Representative of Malaysia, in his capacity as Chair of …". */
export function parseSpeakerLine(line: string): MetadataHints {
  const flat = normaliseText(line).replace(/[.;]$/u, "");
  const [name = "", ...rest] = flat.split(/,\s*/u);
  const tail = rest.join(", ");
  // In a title the name runs on into the forum: "Ambassador Li Wei at the Security Council".
  const speaker = name.split(/\s+(?:at|to|before|during|on|after|under)\s/u)[0] ?? name;
  const hints: MetadataHints = { speaker: speaker.replace(/^the\s+/iu, "") };
  const delegation = delegationIn(tail) ?? delegationIn(name);
  if (delegation) hints.delegation = delegation;
  const group = onBehalfOfIn(tail);
  if (group) hints.onBehalfOf = group;
  return hints;
}
