// Joining a word hyphenated at a line end. The rule: "inter-" + "national" is one word, "international", when both
// sides are lowercase letters; a hyphen next to a capital or a digit is a real one and stays ("Secretary-" + "General",
// "COVID-" + "19"); so does one the document itself prints inside a line ("decision-making" seen elsewhere), one after a
// prefix or before a suffix that English keeps hyphenated ("self-", "-led", "-based"), and a suspended hyphen
// ("troop- and police-contributing": the next word is "and" or "or", and the space stays).

const KEPT_PREFIXES = new Set([
  "self",
  "non",
  "ex",
  "well",
  "cross",
  "high",
  "low",
  "long",
  "short",
  "follow",
  "decision",
  "so",
  "anti",
  "post",
  "multi",
  "co",
  "mid",
  "all",
  "state",
  "sub",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
]);
const KEPT_SUFFIXES = new Set([
  "based",
  "led",
  "related",
  "level",
  "term",
  "making",
  "building",
  "keeping",
  "scale",
  "wide",
  "owned",
  "up",
  "free",
  "oriented",
  "friendly",
  "sensitive",
  "specific",
  "day",
  "year",
  "old",
  "like",
  "driven",
  "affected",
  "run",
  "wise",
]);
const SUSPENDED = new Set(["and", "or", "nor", "to"]);
const HYPHENS = /[-\u00ad\u2010]$/;

/** Hyphenated words printed inside a line ("decision-making"), lower-cased, to keep such a word whole when a line break splits it. */
export function collectHyphenated(lines: readonly string[], into: Set<string>): void {
  for (const line of lines) {
    for (const match of line.toLowerCase().matchAll(/[a-z]+-[a-z]+/g)) if (into.size < 50_000) into.add(match[0]);
  }
}

/**
 * How a full line that wrapped onto `next` joins it: `dropHyphen` takes the hyphen off the end of `previous` (a word
 * hyphenated at the line end made whole), `glue` goes between. Only the ends of the two lines are read.
 */
export function wrapJoint(previous: string, next: string, hyphenated: ReadonlySet<string>): { dropHyphen: boolean; glue: string } {
  const tail = previous.slice(-64);
  if (!HYPHENS.test(tail) || /\s.$/.test(tail) || tail.length < 2) return { dropHyphen: false, glue: " " };
  const soft = !tail.endsWith("-");
  const left = /[A-Za-z]+$/.exec(tail.slice(0, -1))?.[0] ?? "";
  const right = /^[A-Za-z]+/.exec(next.slice(0, 64))?.[0] ?? "";
  if (left === "" || right === "") return { dropHyphen: soft, glue: "" };
  if (SUSPENDED.has(right) && !soft) return { dropHyphen: false, glue: " " };
  const lowerBoth = /^[a-z]/.test(right) && /[a-z]$/.test(left);
  if (soft || (lowerBoth && !keepsHyphen(left, right, hyphenated))) return { dropHyphen: true, glue: "" };
  return { dropHyphen: false, glue: "" };
}

/** Lines joined into a paragraph's text, as parts (joined once at the end, so a long paragraph costs no more than its length). */
export class ParagraphText {
  private readonly parts: string[] = [];

  constructor(first: string) {
    this.parts.push(first);
  }

  /** `line` after a full line that wrapped onto it. */
  wrap(line: string, hyphenated: ReadonlySet<string>): void {
    const last = this.parts.length - 1;
    const previous = this.parts[last] ?? "";
    const { dropHyphen, glue } = wrapJoint(previous, line, hyphenated);
    if (dropHyphen) this.parts[last] = previous.slice(0, -1);
    this.parts.push(glue, line);
  }

  /** `line` after a deliberate short line: the break kept as "\n". */
  newline(line: string): void {
    this.parts.push("\n", line);
  }

  toString(): string {
    return this.parts.join("");
  }
}

function keepsHyphen(left: string, right: string, hyphenated: ReadonlySet<string>): boolean {
  return (
    hyphenated.has(`${left}-${right}`.toLowerCase()) || KEPT_PREFIXES.has(left.toLowerCase()) || KEPT_SUFFIXES.has(right.toLowerCase())
  );
}
