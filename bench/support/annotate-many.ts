import type { BenchApp } from "./bench-app.ts";

interface Block {
  id: string;
  kind: string;
  text: string;
}

const STANCES = ["supports", "welcomes", "concerned", "urges", "reaffirms", "notes"];

/** Creates `count` position annotations spread over the statement's paragraphs (word-aligned, some overlapping). */
export async function annotateMany(app: BenchApp, slug: string, blocks: Block[], count: number, concurrency = 12): Promise<void> {
  const paragraphs = blocks.filter((b) => b.kind === "paragraph" && b.text.split(" ").length > 20);
  const bodies = Array.from({ length: count }, (_, i) => {
    const p = paragraphs[i % paragraphs.length]!;
    const words = [...p.text.matchAll(/\S+/g)];
    const first = (i * 7) % (words.length - 12);
    const last = first + 2 + (i % 9);
    const start = words[first]!.index!;
    const end = words[last]!.index! + words[last]![0].length;
    return { kind: "position", target: { paragraphId: p.id, start, end }, attributes: { stance: STANCES[i % STANCES.length] } };
  });
  let next = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++]!;
      await app.api("POST", `/api/statements/${slug}/annotations`, body);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
