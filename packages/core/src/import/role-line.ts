import { delegationMatch } from "./delegation-in.ts";
import { normaliseText } from "./normalise-text.ts";
import { wordCount } from "./sentence.ts";

/** Words that name an office, in English, French and Spanish. */
const ROLE_WORD =
  /(?<!\p{L})(?:representative|représentante?|representante|ambassador|ambassadeur|ambassadrice|embajadora?|counsell?or|conseill(?:er|ère)|consejer[oa]|secretary|secrétaire|minister|ministre|ministro|envoy|envoyée?|adviser|advisor|attaché|chargée? d'affaires|delegate|déléguée?|coordinator|president|présidente?|presidente|chair(?:person|man|woman)?|director|head|spokesperson|rapporteur|commissioner|observer)(?!\p{L})/iu;

/** "U.S. Representative to the United Nations": the country a role line names by its short form. */
const COUNTRY_PREFIX: [RegExp, string][] = [
  [/^(?:U\.S\.|US)\s/u, "United States"],
  [/^(?:U\.K\.|UK)\s/u, "United Kingdom"],
];

/**
 * A line that is only an office: "Alternate Representative for Special Political Affairs",
 * "Deputy Permanent Representative", "Ambassador and Permanent Representative of Nepal to
 * the United Nations". What follows the office word must not be a name ("Ambassador Linda …"
 * is a speaker line).
 */
const ROLE_START =
  /^(?:(?:U\.S\.|US|UK|U\.K\.)\s+)?(?:(?:Deputy|Alternate|Acting|Assistant|Vice|Senior|Special|Principal|Chief|First|Second|Third|Permanent|Political|Legal|Economic|Military|Minister)[\s-]+){0,4}(?:Permanent Representative|Representative|Ambassador|Counsell?or|Secretary|Coordinator|Adviser|Advisor|Envoy|Attaché|Chargé d'affaires(?: a\.i\.)?|Delegate|Spokesperson|Minister|[Rr]eprésentante?|Ambassadrice|Ambassadeur|Conseill(?:er|ère)|Representante|Embajador(?:a)?|Consejer[oa])(?=$|,|\s+(?:and|for|of|to|at|in|de|du|ante|auprès|permanent|permanente|adjoint|adjointe|Permanente|Alterno|Alterna)(?:\s|$))/u;

export interface RoleHints {
  role: string;
  delegation?: string;
}

/**
 * The office in the words after a speaker's name: what comes before "of <country>"
 * ("Deputy Permanent Representative" of "… of China to the UN"), or else the first
 * comma-separated part, when it names an office.
 */
export function roleIn(text: string): RoleHints | null {
  const flat = normaliseText(text).slice(0, 300);
  if (flat === "") return null;
  const found = delegationMatch(flat);
  if (found && found.index < 150) {
    const role = flat.slice(0, found.ofAt).trim();
    if (ROLE_WORD.test(role) && wordCount(role) <= 12) return { role, delegation: found.name };
  }
  const first = (flat.split(",")[0] ?? "").split(/\s+(?:at|before|during|on behalf of|in (?:his|her|their) capacity)\s/u)[0] ?? "";
  if (!ROLE_WORD.test(first) || wordCount(first) > 12) return null;
  const country = COUNTRY_PREFIX.find(([prefix]) => prefix.test(first))?.[1];
  return country ? { role: first, delegation: country } : { role: first };
}

/** A role line standing alone under a speaker's name, or null. */
export function parseRoleLine(line: string): RoleHints | null {
  const flat = normaliseText(line);
  if (wordCount(flat) > 20 || /[.!?;:]$/u.test(flat) || !ROLE_START.test(flat)) return null;
  return roleIn(flat);
}
