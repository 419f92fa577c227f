/**
 * Words around a delegation's name that do not change who it is: "on behalf of the …", "Delegation of
 * …", "Permanent Mission of … to the United Nations", "… and its member States". Matched word by word
 * on folded words (see delegation-key.ts), so no pattern can backtrack.
 */

const LEAD_INS: readonly (readonly string[])[] = [
  ["on", "behalf", "of"],
  ["government", "of"],
  ["member", "states", "of"],
  ["member", "countries", "of"],
];

/** After these, the name ends at "to", "at" or "in" ("… of Japan to the United Nations in Geneva"). */
const MISSION_LEAD_INS: readonly (readonly string[])[] = [
  ["permanent", "mission", "of"],
  ["mission", "of"],
  ["delegation", "of"],
  ["permanent", "representative", "of"],
];
const MISSION_ENDS = new Set(["to", "at", "in"]);

/**
 * A State's formal prefix, tried only when the name with it matched nothing: "Republic of Guinea",
 * "Kingdom of Eswatini", "State of Qatar". Never "Democratic Republic of", which would make the DRC the
 * Congo; and "Republic of China" is blocked, as it names Taiwan, not China.
 */
const FORMAL_PREFIXES: readonly (readonly string[])[] = [
  ["republic", "of"],
  ["islamic", "republic", "of"],
  ["federal", "republic", "of"],
  ["kingdom", "of"],
  ["state", "of"],
  ["commonwealth", "of"],
  ["principality", "of"],
  ["grand", "duchy", "of"],
  ["sultanate", "of"],
];
export const BLOCKED_KEYS: ReadonlySet<string> = new Set(["republicofchina"]);

function startsWith(words: readonly string[], start: number, prefix: readonly string[]): boolean {
  return prefix.every((word, i) => words[start + i] === word);
}

/** "and its member States", "and their 27 member countries", "and its members" at the end. */
function memberSuffixAt(words: readonly string[]): number {
  const n = words.length;
  if (words[n - 1] === "members") return n >= 3 && isAndIts(words, n - 3) ? n - 3 : -1;
  if (words[n - 1] !== "states" && words[n - 1] !== "countries") return -1;
  if (words[n - 2] !== "member") return -1;
  const at = /^\d+$/.test(words[n - 3] ?? "") ? n - 5 : n - 4;
  return at >= 1 && isAndIts(words, at) ? at : -1;
}

function isAndIts(words: readonly string[], at: number): boolean {
  return words[at] === "and" && (words[at + 1] === "its" || words[at + 1] === "their");
}

/** The words with lead-ins, a mission's "to the United Nations …" and a members suffix removed. */
export function stripDelegationWords(words: readonly string[]): readonly string[] {
  let start = 0;
  let mission = false;
  // Each pass removes at least one word or stops, so this runs at most words.length times.
  for (let changed = true; changed;) {
    changed = false;
    while (words[start] === "the") start += 1;
    for (const lead of [...LEAD_INS, ...MISSION_LEAD_INS]) {
      if (start + lead.length < words.length && startsWith(words, start, lead)) {
        mission ||= MISSION_LEAD_INS.includes(lead);
        start += lead.length;
        changed = true;
      }
    }
  }
  let rest = words.slice(start);
  if (mission) {
    const cut = rest.findIndex((word, i) => i > 0 && MISSION_ENDS.has(word));
    if (cut > 0) rest = rest.slice(0, cut);
  }
  const suffix = memberSuffixAt(rest);
  return suffix > 0 ? rest.slice(0, suffix) : rest;
}

/** The words without a State's formal prefix, or null when there is none. */
export function withoutFormalPrefix(words: readonly string[]): readonly string[] | null {
  let start = 0;
  while (words[start] === "the") start += 1;
  for (const prefix of FORMAL_PREFIXES) {
    if (start + prefix.length < words.length && startsWith(words, start, prefix)) {
      return words.slice(start + prefix.length);
    }
  }
  return null;
}
