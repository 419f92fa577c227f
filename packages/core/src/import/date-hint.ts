const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const RANGE_END = "(?:\\s*(?:[-\u2013\u2014]|to)\\s*\\d{1,2}(?:st|nd|rd|th)?)?";

/** Each pattern captures year, month, day through named positions in `order`. */
const PATTERNS: { re: RegExp; order: [year: number, month: number, day: number] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/u, order: [1, 2, 3] },
  // "30 May – 2 June 2023": the first day of a range across months
  {
    re: new RegExp(`\\b${DAY}\\s+${MONTH}\\s*(?:[-\u2013\u2014]|to)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, "iu"),
    order: [4, 2, 1],
  },
  { re: new RegExp(`\\b${DAY}${RANGE_END}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, "iu"), order: [3, 2, 1] },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY}${RANGE_END},?\\s+(\\d{4})\\b`, "iu"), order: [3, 1, 2] },
];

export interface DateMatch {
  iso: string;
  /** The matched text, to tell what else the line holds. */
  match: string;
}

function toIso(year: string, month: string, day: string): string | null {
  const m = /^\d+$/u.test(month) ? Number(month) : MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  const d = Number(day);
  const y = Number(year);
  const valid = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || valid.getUTCMonth() !== m - 1 || valid.getUTCDate() !== d) return null;
  return `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The first date in the text as ISO yyyy-mm-dd; for a range such as "22-26 May 2023" its first day. */
export function findDate(text: string): DateMatch | null {
  for (const { re, order } of PATTERNS) {
    const found = re.exec(text);
    if (!found) continue;
    const [y, m, d] = order.map((i) => found[i] ?? "");
    const iso = toIso(y ?? "", m ?? "", d ?? "");
    if (iso !== null) return { iso, match: found[0] };
  }
  return null;
}

const WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/giu;
const TIME = /\b\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?/giu;

/** The ISO date when the text holds only a date (with perhaps a weekday and a time), else null. */
export function dateOnly(text: string): string | null {
  const found = findDate(text);
  if (found === null) return null;
  const rest = text
    .replace(found.match, " ")
    .replace(WEEKDAY, " ")
    .replace(TIME, " ")
    .replace(/\b(?:GMT|UTC|EST|CET|CEST|EDT)\b/gu, " ");
  return /^[\s,.;:()\-\u2013|]*$/u.test(rest) ? found.iso : null;
}
