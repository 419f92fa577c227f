const UNITS: Record<string, number> = { zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** The number words a transcript spells numbers with, for the matcher's pattern. */
export const NUMBER_WORDS = [...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), "hundred"];

/**
 * The digits a speaker said, the way symbols are read out: "seventy-four" → 74, "two forty-seven" → 247 (groups
 * read one after another), "two hundred and forty-seven" → 247, "twenty-four eighty-two" → 2482, "two oh five"
 * → 205. Null for words that do not read as one number.
 */
export function spokenDigits(words: string): string | null {
  const tokens = words
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter((t) => t !== "" && t !== "and");
  const groups: string[] = [];
  // The group being read: its value, and what may still join it (units after tens, tens or units after "hundred").
  let value: number | null = null;
  let open: "units" | "tens-or-units" | null = null;
  const close = () => {
    if (value !== null) groups.push(String(value));
    value = null;
    open = null;
  };
  for (const token of tokens) {
    if (token in UNITS) {
      const unit = UNITS[token]!;
      if (value !== null && (open === "units" || open === "tens-or-units")) {
        value += unit;
        open = null;
      } else {
        close();
        value = unit;
      }
    } else if (token in TEENS) {
      if (value !== null && open === "tens-or-units") {
        value += TEENS[token]!;
        open = null;
      } else {
        close();
        value = TEENS[token]!;
      }
    } else if (token in TENS) {
      if (value !== null && open === "tens-or-units") value += TENS[token]!;
      else {
        close();
        value = TENS[token]!;
      }
      open = "units";
    } else if (token === "hundred") {
      if (value === null || value > 9) return null;
      value *= 100;
      open = "tens-or-units";
    } else return null;
  }
  close();
  return groups.length === 0 ? null : groups.join("");
}
