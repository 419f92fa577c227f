const STANCES = ["supports", "welcomes", "concerned", "urges", "reaffirms", "notes"];

export interface WriteBody {
  kind: "position";
  target: { paragraphId: string; start: number; end: number };
  attributes: { stance: string };
  labels: string[];
}

/** `count` position annotations over a statement's paragraphs, word-aligned, with a label on every third. */
export function writeBodies(blocks: { id: string; kind: string; text: string }[], count: number): WriteBody[] {
  const paragraphs = blocks.filter((b) => b.kind === "paragraph" && b.text.split(" ").length > 20);
  return Array.from({ length: count }, (_, i) => {
    const p = paragraphs[i % paragraphs.length]!;
    const words = [...p.text.matchAll(/\S+/g)];
    const first = (i * 7) % (words.length - 12);
    const last = first + 2 + (i % 9);
    const start = words[first]!.index!;
    const end = words[last]!.index! + words[last]![0].length;
    return {
      kind: "position",
      target: { paragraphId: p.id, start, end },
      attributes: { stance: STANCES[i % STANCES.length]! },
      labels: i % 3 === 0 ? ["bench"] : [],
    };
  });
}
