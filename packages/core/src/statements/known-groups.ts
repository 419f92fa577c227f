export interface KnownGroup {
  /** The name metadata uses. */
  name: string;
  /** The token a slug uses. */
  slug: string;
  /** Other names, matched ignoring case, hyphens and "the". */
  aliases: string[];
  /** Acronyms, matched only as written (so "NAM" does not match "Viet Nam"). */
  acronyms: string[];
}

export const KNOWN_GROUPS: readonly KnownGroup[] = [
  {
    name: "Asia-Pacific Group",
    slug: "apg",
    aliases: ["Asia Pacific Group", "Group of Asia Pacific States", "Asia Pacific States"],
    acronyms: ["APG"],
  },
  { name: "Group of 77 and China", slug: "g77", aliases: ["Group of 77", "Group of Seventy Seven"], acronyms: ["G77", "G-77"] },
  { name: "European Union", slug: "eu", aliases: [], acronyms: ["EU"] },
  { name: "African Group", slug: "african-group", aliases: ["Group of African States"], acronyms: [] },
  { name: "Arab Group", slug: "arab-group", aliases: ["Group of Arab States"], acronyms: [] },
  {
    name: "Group of Latin American and Caribbean States",
    slug: "grulac",
    aliases: ["Latin American and Caribbean Group"],
    acronyms: ["GRULAC"],
  },
  { name: "Eastern European Group", slug: "eeg", aliases: ["Group of Eastern European States"], acronyms: ["EEG"] },
  // The UN's own name (the registry's, which stored statements are normalised to) first among the aliases.
  {
    name: "Western European and Others Group",
    slug: "weog",
    aliases: ["Group of Western European and other States", "Western European and other States"],
    acronyms: ["WEOG"],
  },
  { name: "Non-Aligned Movement", slug: "nam", aliases: ["Movement of Non Aligned Countries"], acronyms: ["NAM"] },
  { name: "Organisation of Islamic Cooperation", slug: "oic", aliases: ["Organization of Islamic Cooperation"], acronyms: ["OIC"] },
  { name: "Association of Southeast Asian Nations", slug: "asean", aliases: [], acronyms: ["ASEAN"] },
  { name: "Caribbean Community", slug: "caricom", aliases: [], acronyms: ["CARICOM"] },
  { name: "Alliance of Small Island States", slug: "aosis", aliases: [], acronyms: ["AOSIS"] },
  {
    name: "Group of Least Developed Countries",
    slug: "ldc",
    aliases: ["Least Developed Countries"],
    acronyms: ["LDCs", "LDC"],
  },
  {
    name: "Group of Landlocked Developing Countries",
    slug: "lldc",
    aliases: ["Landlocked Developing Countries"],
    acronyms: ["LLDCs", "LLDC"],
  },
  { name: "African Union", slug: "au", aliases: [], acronyms: [] },
];

const fold = (s: string): string =>
  ` ${s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[-\u2010-\u2014]/gu, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;

/** The first known group named in the text, wherever it stands, or null. */
export function findKnownGroup(text: string): KnownGroup | null {
  const folded = fold(text);
  let best: { group: KnownGroup; at: number } | null = null;
  for (const group of KNOWN_GROUPS) {
    const positions = [group.name, ...group.aliases].map((alias) => folded.indexOf(fold(alias)));
    for (const acronym of group.acronyms) {
      positions.push(text.search(new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, "u")));
    }
    for (const at of positions) if (at >= 0 && (best === null || at < best.at)) best = { group, at };
  }
  return best?.group ?? null;
}
