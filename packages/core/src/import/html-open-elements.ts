/**
 * The stack of open elements as htmlparser2's Parser keeps it (its tables are private, so
 * they are copied here): implied closes, void elements, and the SVG/MathML context in
 * which "/>" closes an element. Where our htmlparser2 and sanitize-html's older one
 * differ (<image> as <img>, a <form> inside a form ignored), this keeps the element
 * open, so it never counts less depth than either. Every operation is O(1) amortised,
 * where the Parser's own stack shifts the whole array on each open and close.
 */

const VOID = new Set(
  "area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr".split(" "),
);

const P = new Set(["p"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p"]);
const FORM = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const TABLE_SECTIONS = new Set(["thead", "tbody"]);
const DD_DT = new Set(["dd", "dt"]);
const RT_RP = new Set(["rt", "rp"]);
/** Opening the key first closes open elements of these names at the top of the stack. */
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["a", new Set(["a"])],
  ["li", new Set(["li"])],
  ["p", P],
  ["h1", HEADINGS],
  ["h2", HEADINGS],
  ["h3", HEADINGS],
  ["h4", HEADINGS],
  ["h5", HEADINGS],
  ["h6", HEADINGS],
  ["select", FORM],
  ["input", FORM],
  ["output", FORM],
  ["button", FORM],
  ["datalist", FORM],
  ["textarea", FORM],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", DD_DT],
  ["dt", DD_DT],
  ["rt", RT_RP],
  ["rp", RT_RP],
  ["tbody", TABLE_SECTIONS],
  ["tfoot", TABLE_SECTIONS],
]);
const CLOSES_P =
  "address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul";
for (const tag of CLOSES_P.split(" ")) IMPLIES_CLOSE.set(tag, P);

type Context = "html" | "svg" | "math";
/** Elements inside which HTML rules apply again within SVG or MathML (lower case: names are compared so). */
const INTEGRATION = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);

export class OpenElements {
  private readonly names: string[] = [];
  private readonly contexts: Context[] = [];
  private readonly counts = new Map<string, number>();

  get depth(): number {
    return this.names.length;
  }

  /** In SVG or MathML, where "/>" closes an element and CDATA is text. */
  get foreign(): boolean {
    return (this.contexts.at(-1) ?? "html") !== "html";
  }

  isVoid(name: string): boolean {
    return VOID.has(name);
  }

  /** How many open elements opening `name` would close first. */
  impliedCloses(name: string): number {
    const closes = IMPLIES_CLOSE.get(name);
    let count = 0;
    while (closes && count < this.names.length && closes.has(this.names[this.names.length - 1 - count] ?? "")) count++;
    return count;
  }

  has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }

  open(name: string): void {
    for (let n = this.impliedCloses(name); n > 0; n--) this.pop();
    if (this.isVoid(name)) return;
    const context: Context =
      name === "svg" ? "svg" : name === "math" ? "math" : INTEGRATION.has(name) ? "html" : (this.contexts.at(-1) ?? "html");
    this.names.push(name);
    this.contexts.push(context);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** An end tag: closes the innermost element of that name and all inside it; ignored when none is open. */
  close(name: string): void {
    if (this.isVoid(name) || !this.has(name)) return;
    while (this.pop() !== name);
  }

  /** A self-closing tag right after its opening: closes it again in SVG or MathML only. */
  selfClose(name: string): void {
    if (this.foreign && this.names.at(-1) === name) this.pop();
  }

  private pop(): string | undefined {
    const name = this.names.pop();
    this.contexts.pop();
    if (name !== undefined) this.counts.set(name, (this.counts.get(name) ?? 1) - 1);
    return name;
  }
}
