import { findKnownGroup } from "../statements/known-groups.ts";
import { normaliseText } from "./normalise-text.ts";
import { delegationMatch } from "./delegation-in.ts";
import { roleIn } from "./role-line.ts";
import type { MetadataHints } from "./types.ts";

/** Words that mark a person rather than a country or group (English, French, Spanish). */
export const HONORIFIC =
  /^(?:H\.\s?E\.|S\.\s?E\.|His Excellency|Her Excellency|Their Excellencies|Son Excellence|Ambassador|Ambassadeur|Ambassadrice|Embajador(?:a)?|(?:Deputy |Vice |Prime |Foreign )?Minister|Deputy|Permanent Representative|Chargé d'affaires|Mr\.?|Ms\.?|Mrs\.?|Mme\.?|Mlle\.?|M\.|Sr\.|Sra\.|Srta\.|Excm[oa]\.|Dr\.?|Prof\.?|Professor|Counsell?or|Secretary|Judge|Senator|President)\s/iu;

const delegationIn = (text: string): string | undefined => delegationMatch(text)?.name;

/** Groups spoken for: a known group by its name, or a list of States ("Australia, Canada and New Zealand"). */
export function onBehalfOfIn(text: string): string | undefined {
  const behalf =
    /\b(?:on behalf of|au nom d[eu]|en nombre de) (?:the |la |l[’']|les |los |del? )?([^;()\n]{1,200}?)(?=\s+(?:by|at|before|during|to|in|par|por)\s|[;()]|,\s*(?:by|at|delivered|in)\b|[.,]?$)/iu.exec(
      text,
    );
  // A long run with none of those ends: read up to the first comma or full stop, as a sentence would.
  const named = normaliseText(
    behalf?.[1] ?? /\b(?:on behalf of|au nom d[eu]|en nombre de) (?:the |la |l[’']|les |los |del? )?([^,;.()]+)/iu.exec(text)?.[1] ?? "",
  );
  if (named !== "") {
    const group = findKnownGroup(named);
    if (group) return group.name;
    if (/^\p{Lu}[\p{L} ]*(?:, \p{Lu}[\p{L} ]*)* and \p{Lu}[\p{L} ]*$/u.test(named)) return named;
    return named.split(",")[0]?.trim() ?? named;
  }
  const chair = /\b(?:Chair|Chairman|Chairperson|Coordinator|President) of (?:the )?([^,;()]+)/iu.exec(text);
  return chair?.[1] ? findKnownGroup(chair[1])?.name : undefined;
}

/** "MS. SOFIA RAMOS" → "Ms. Sofia Ramos": a line in capitals reads as a name only in title case. */
export function fromCapitals(text: string): string {
  if (/\p{Ll}/u.test(text) || !/\p{Lu}{2}/u.test(text)) return text;
  return text.replace(/\p{L}+/gu, (word, at: number) =>
    // Initials ("H.E.") stay as written.
    text[at + word.length] === "." && word.length === 1 ? word : word[0] + word.slice(1).toLowerCase(),
  );
}

/** "H.E. Mr. X, Permanent Representative of Malaysia, in his capacity as Chair of …". */
export function parseSpeakerLine(line: string): MetadataHints {
  const flat = normaliseText(line).replace(/[.;]$/u, "");
  const [name = "", ...rest] = flat.split(/,\s*/u);
  const tail = rest.join(", ");
  // In a title the name runs on into the forum: "Ambassador Li Wei at the Security Council".
  const speaker = name.split(/\s+(?:at|to|before|during|on|after|under)\s/u)[0] ?? name;
  const hints: MetadataHints = { speaker: fromCapitals(speaker.replace(/^the\s+/iu, "")) };
  const delegation = delegationIn(tail) ?? delegationIn(name);
  const role = roleIn(tail);
  if (role?.role) hints.role = fromCapitals(role.role);
  if (delegation) hints.delegation = delegation;
  else if (role?.delegation) hints.delegation = role.delegation;
  const group = onBehalfOfIn(tail);
  if (group) hints.onBehalfOf = group;
  return hints;
}
