/** A label of the gold set: kind, value (target, stance or strength) and span in the paragraph's plain text. */
export interface GoldLabel {
  kind: "cross-reference" | "position" | "commitment";
  value: string;
  paragraph: number;
  start: number;
  end: number;
}

export interface GoldStatement {
  name: string;
  delegation: string | null;
  onBehalfOf: string | null;
  forum: string | null;
  paragraphs: { id: string; text: string }[];
  labels: GoldLabel[];
}

const KINDS = { ref: "cross-reference", pos: "position", com: "commitment" } as const;

/** One paragraph's text without its `[[kind value|words]]` labels (which may nest), and the labels' spans. */
function unlabel(marked: string, paragraph: number): { text: string; labels: GoldLabel[] } {
  let text = "";
  const open: { kind: GoldLabel["kind"]; value: string; start: number }[] = [];
  const labels: GoldLabel[] = [];
  for (let i = 0; i < marked.length;) {
    if (marked.startsWith("[[", i)) {
      const bar = marked.indexOf("|", i);
      const head = marked.slice(i + 2, bar);
      const space = head.indexOf(" ");
      const kind = KINDS[head.slice(0, space) as keyof typeof KINDS];
      if (bar < 0 || space < 0 || kind === undefined) throw new Error(`bad label at ${i}: ${marked.slice(i, i + 40)}`);
      open.push({ kind, value: head.slice(space + 1), start: text.length });
      i = bar + 1;
    } else if (marked.startsWith("]]", i) && open.length > 0) {
      const label = open.pop()!;
      labels.push({ ...label, paragraph, end: text.length });
      i += 2;
    } else {
      text += marked[i];
      i++;
    }
  }
  if (open.length > 0) throw new Error(`unclosed label in paragraph ${paragraph}`);
  return { text, labels };
}

/** Reads one gold file: its header, then paragraphs separated by blank lines. */
export function parseGoldStatement(name: string, source: string): GoldStatement {
  const [header = "", body = ""] = source.split(/^---$/mu);
  const field = (key: string) => new RegExp(`^${key}:[ \\t]*(.*)$`, "mu").exec(header)?.[1]?.trim() || null;
  const paragraphs: GoldStatement["paragraphs"] = [];
  const labels: GoldLabel[] = [];
  body
    .split(/\n\s*\n/u)
    .map((block) => block.trim().replace(/\s+/gu, " "))
    .filter((block) => block !== "")
    .forEach((block, index) => {
      const { text, labels: found } = unlabel(block, index);
      paragraphs.push({ id: `p${index + 1}`, text });
      labels.push(...found);
    });
  return { name, delegation: field("delegation"), onBehalfOf: field("onBehalfOf"), forum: field("forum"), paragraphs, labels };
}
