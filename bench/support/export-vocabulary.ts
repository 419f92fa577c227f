/** Word banks for the export benchmark's workspace: plausible statements and tags, all invented. */
export const DELEGATIONS = [
  "Arcadia",
  "Borduria",
  "Cascadia",
  "Elbonia",
  "Florin",
  "Genovia",
  "Latveria",
  "Molvania",
  "Novaya Zemlya",
  "Orsinia",
  "Pokolistan",
  "Qumar",
  "Ruritania",
  "San Lorenzo",
  "Syldavia",
  "Tomainia",
  "Vulgaria",
  "Wakanda",
  "Zubrowka",
  "Zembla",
];
export const GROUPS = [
  "Group of 77 and China",
  "African Group",
  "Asia-Pacific Group",
  "European Union",
  "Group of Friends of Multilingualism",
];
export const FORUMS = [
  { name: "CCPCJ 33rd session", token: "ccpcj33", symbol: null },
  { name: "CND 67th session", token: "cnd67", symbol: null },
  { name: "UN Security Council open debate", token: "unsc", symbol: "S/PV.9500" },
  { name: "Third Committee, 79th session", token: "c3", symbol: "A/C.3/79/SR.4" },
  { name: "Conference of the Parties to UNTOC, 12th session", token: "cop12", symbol: null },
];
export const SPEAKERS = ["Ambassador Lena Moraes", "Mr. Tomas Quill", "Ms. Aiko Brandt", "Minister Ravi Okafor", "Counsellor Ines Varga"];
export const STANCES = ["supports", "opposes", "welcomes", "concerned", "condemns", "urges", "reaffirms", "notes"];
export const TOPICS = ["firearms", "trafficking in persons", "cybercrime", "corruption", "money laundering", "drugs", "migrant smuggling"];
export const STRENGTHS = ["binding", "pledge", "aspiration"];
export const ACTIONS = ["host a regional workshop", "ratify the Protocol", "fund technical assistance", "publish its country review"];
export const RELATIONS = ["cites", "reaffirms", "implements", "responds-to", "quotes"];
export const TARGETS = ["UNTOC", "UNCAC", "UNTOC-FIREARMS", "KYOTO-DECLARATION", "A/RES/70/1", "A/RES/74/247", "S/RES/1373 (2001)"];
export const LABELS = ["toc", "priority", "follow-up", "capacity-building", "gender", "new-language", "ministerial", "regional"];
export const NOTES = [
  "First time this delegation uses agreed language from the Kyoto Declaration.",
  "Compare with last year's statement, which was silent on this point.",
  "Check against the written version circulated in the room.",
  "Signals flexibility ahead of the negotiations on the resolution.",
  "Echoes the Group's joint statement; worth quoting in the brief.",
];
export const REVIEW_COMMENTS = ["Matches the verbatim record.", "Stance reads as stronger in the original language.", null, null];

export interface Random {
  next(): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}

/** A seeded generator (LCG), so that every run seeds the same workspace. */
export function seededRandom(seed: number): Random {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  return { next, pick: (xs) => xs[Math.floor(next() * xs.length)]!, chance: (p) => next() < p };
}
