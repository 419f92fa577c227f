const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** French and Spanish month names, read in full: their first three letters clash with English ones ("mar", "jun"). */
const FOREIGN_MONTHS: Record<string, number> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};
const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const FOREIGN_MONTH = `(${Object.keys(FOREIGN_MONTHS).join("|")})`;
const DAY = "(\\d{1,2})(?:st|nd|rd|th|er)?";
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
  // "7 décembre 2023", "1er mars 2024", "13 de marzo de 2014"
  { re: new RegExp(`(?<![\\p{L}\\d])${DAY}\\s+(?:de\\s+)?${FOREIGN_MONTH}\\s+(?:de\\s+)?(\\d{4})\\b`, "iu"), order: [3, 2, 1] },
];

export interface DateMatch {
  iso: string;
  /** The matched text, to tell what else the line holds. */
  match: string;
}

function monthNumber(month: string): number {
  if (/^\d+$/u.test(month)) return Number(month);
  return FOREIGN_MONTHS[month.toLowerCase()] ?? MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
}

function toIso(year: string, month: string, day: string): string | null {
  const m = monthNumber(month);
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

const WEEKDAY =
  /(?<!\p{L})(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?!\p{L})/giu;
const TIME = /\b\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?/giu;

/**
 * The ISO date when the text holds only a date (with perhaps a weekday, a time and
 * the article of "le 7 décembre 2023" or "el 13 de marzo"), else null.
 */
export function dateOnly(text: string): string | null {
  const found = findDate(text);
  if (found === null) return null;
  const rest = text
    .replace(found.match, " ")
    .replace(WEEKDAY, " ")
    .replace(TIME, " ")
    .replace(/\b(?:GMT|UTC|EST|CET|CEST|EDT)\b/gu, " ")
    .replace(/(?<!\p{L})(?:le|el|on)(?!\p{L})/giu, " ");
  return /^[\s,.;:()\-\u2013|]*$/u.test(rest) ? found.iso : null;
}
