import { describe, expect, it } from "vitest";
import { type AnnotationToPlace, reanchorRevision } from "./reanchor-revision.ts";
import { resolveTarget } from "./resolve-target.ts";
import type { TextBlock } from "./text-block.ts";

const before: TextBlock[] = [
  { id: "h1", text: "Transnational organized crime" },
  { id: "p1", text: "1. The Group welcomes the entry into force of the Convention. We urge all States to ratify it without delay." },
  { id: "p2", text: "2. We are concerned about cybercrime and the misuse of information and communications technologies." },
  { id: "p3", text: "3. Trafficking in persons remains a grave concern. We call on all States to ratify the Convention." },
  { id: "p4", text: "4. I thank you." },
];

/** An annotation on `blocks` covering the `nth` occurrence of `exact` in block `id` (and on into later blocks after a "\n"). */
function annotate(id: string, exact: string, nth = 0, blocks: readonly TextBlock[] = before): AnnotationToPlace {
  const [first, ...rest] = exact.split("\n");
  const index = blocks.findIndex((b) => b.id === id);
  let start = -1;
  for (let n = 0; n <= nth; n++) start = blocks[index]!.text.indexOf(first!, start + 1);
  const last = blocks[index + rest.length]!;
  const end = rest.length === 0 ? start + exact.length : rest.at(-1)!.length;
  const resolved = resolveTarget(blocks, { paragraphId: id, start, end, endParagraphId: last.id });
  if (!resolved.ok || resolved.value.quote.exact !== exact) throw new Error(`cannot annotate ${exact}`);
  return { id: `${id}:${exact}`, ...resolved.value };
}

/** The new revision: `changes` replaces blocks by ID (null deletes), `extra` are added after the block with the given ID. */
function revise(changes: Record<string, string | null>, extra: Record<string, TextBlock[]> = {}): TextBlock[] {
  return before.flatMap((b) => {
    const text = b.id in changes ? changes[b.id] : b.text;
    return [...(text === null || text === undefined ? [] : [{ id: b.id, text }]), ...(extra[b.id] ?? [])];
  });
}

const placeOne = (annotation: AnnotationToPlace, blocks: readonly TextBlock[], successors: Record<string, string[]> = {}) =>
  reanchorRevision([annotation], blocks, successors).placements[0]!;

/** The words a placement covers, read back from the blocks it was placed in. */
function wordsAt(blocks: readonly TextBlock[], placement: ReturnType<typeof placeOne>): string | null {
  if (placement.state === "orphaned") return null;
  const resolved = resolveTarget(blocks, placement.target);
  if (!resolved.ok) throw new Error(resolved.error.message);
  expect(resolved.value.quote).toEqual(placement.quote);
  return resolved.value.quote.exact;
}

describe("reanchorRevision", () => {
  it("keeps an unchanged paragraph's annotation where it was (exact)", () => {
    const a = annotate("p2", "concerned about cybercrime");
    const blocks = revise({ p4: "4. I thank you, Mr. President." });
    expect(placeOne(a, blocks)).toEqual({ id: a.id, state: "exact", target: a.target, quote: a.quote });
  });

  it("finds the quote again in its edited paragraph and recomputes offsets and context (shifted)", () => {
    const a = annotate("p2", "the misuse of information");
    const blocks = revise({
      p2: "2. Mr. President, we are deeply concerned about cybercrime and the misuse of information and communications technologies.",
    });
    const placed = placeOne(a, blocks);
    expect(placed).toMatchObject({
      state: "shifted",
      target: { paragraphId: "p2" },
      quote: { prefix: " concerned about cybercrime and " },
    });
    expect(wordsAt(blocks, placed)).toBe("the misuse of information");
  });

  it("keeps a moved paragraph's annotation (its ID and text go with it)", () => {
    const a = annotate("p3", "Trafficking in persons");
    const moved = [before[0]!, before[3]!, before[1]!, before[2]!, before[4]!];
    expect(placeOne(a, moved)).toMatchObject({ state: "exact", target: a.target });
  });

  it("follows a split: into the new part, and across the point where the paragraph was cut", () => {
    const blocks = revise(
      { p1: "1. The Group welcomes the entry into force of the Convention." },
      { p1: [{ id: "p5", text: "We urge all States to ratify it without delay." }] },
    );
    const successors = { p1: ["p1", "p5"] };
    const later = placeOne(annotate("p1", "ratify it without delay"), blocks, successors);
    expect(later).toMatchObject({ state: "shifted", target: { paragraphId: "p5", start: 22 } });
    const across = placeOne(annotate("p1", "the Convention. We urge"), blocks, successors);
    expect(across).toMatchObject({ state: "shifted", target: { paragraphId: "p1", endParagraphId: "p5" } });
    expect(wordsAt(blocks, across)).toBe("the Convention.\nWe urge");
  });

  it("follows a merge: into the surviving paragraph, and a quote across the two becomes one-paragraph", () => {
    const blocks = revise({ p2: `${before[2]!.text} ${before[3]!.text}`, p3: null });
    const successors = { p2: ["p2"], p3: ["p2"] };
    const retired = placeOne(annotate("p3", "a grave concern"), blocks, successors);
    expect(retired).toMatchObject({ state: "shifted", target: { paragraphId: "p2" } });
    expect(wordsAt(blocks, retired)).toBe("a grave concern");
    const across = placeOne(annotate("p2", "technologies.\n3. Trafficking"), blocks, successors);
    expect(across).toMatchObject({ state: "shifted", target: { paragraphId: "p2" } });
    expect(across.state !== "orphaned" && across.target.endParagraphId).toBeUndefined();
    expect(wordsAt(blocks, across)).toBe("technologies. 3. Trafficking");
  });

  it("maps a cross-paragraph annotation's start and end through their successors", () => {
    const a = annotate("p2", "communications technologies.\n3. Trafficking in persons");
    const blocks = revise({ p2: "2. We remain concerned about cybercrime and the misuse of information and communications technologies." });
    expect(wordsAt(blocks, placeOne(a, blocks))).toBe("communications technologies.\n3. Trafficking in persons");
  });

  it("orphans the annotations of a deleted paragraph, even where its phrases recur", () => {
    const blocks = revise({ p3: null });
    const successors = { p3: [] };
    expect(placeOne(annotate("p3", "the Convention"), blocks, successors).state).toBe("orphaned");
    expect(placeOne(annotate("p3", "We call on all States to ratify the Convention."), blocks, successors).state).toBe("orphaned");
    expect(placeOne(annotate("p3", "Trafficking in persons remains a grave concern"), blocks, successors).state).toBe("orphaned");
  });

  it("orphans a short quote whose sentence was deleted though the phrase stays in the paragraph", () => {
    const a = annotate("p1", "the Convention");
    const blocks = revise({ p1: "1. We urge all States to ratify the Convention without delay." });
    expect(placeOne(a, blocks).state).toBe("orphaned");
  });

  it("does not take a parallel sentence for a deleted one, but follows a sentence edited in place", () => {
    const old = [{ id: "p3", text: "3. We call on all States to ratify the Convention. Trafficking in persons remains a grave concern." }];
    const a = annotate("p3", "We call on all States to ratify the Convention.", 0, old);
    const deleted = [
      { id: "p3", text: "3. Trafficking in persons remains a grave concern. We call on all States to implement the Convention." },
    ];
    expect(placeOne(a, deleted).state).toBe("orphaned");
    const edited = [
      { id: "p3", text: "3. We call upon all States to ratify the Convention. Trafficking in persons remains a grave concern." },
    ];
    const placed = placeOne(a, edited);
    expect(placed.state).toBe("fuzzy");
    expect(wordsAt(edited, placed)).toBe("We call upon all States to ratify the Convention.");
  });

  it("tells repeated occurrences apart by their context", () => {
    const text = "We urge States to ratify the Convention. We urge States to implement the Protocols.";
    const old = [{ id: "p1", text }];
    const a = annotate("p1", "urge States", 1, old);
    const blocks = [{ id: "p1", text: "We urge States to implement the Protocols. Moreover, we urge States to ratify the Convention." }];
    expect(placeOne(a, blocks)).toMatchObject({ state: "shifted", target: { paragraphId: "p1", start: 3 } });
  });

  it("places a spelling change or repaired mojibake fuzzily, for a person to confirm", () => {
    const old = [{ id: "p1", text: "5. Third, the role of regional organisations and of Africaâ€™s efforts." }];
    const blocks = [{ id: "p1", text: "5. Third, the role of regional organizations and of Africa’s efforts." }];
    const spelling = placeOne(annotate("p1", "regional organisations", 0, old), blocks);
    expect(spelling.state).toBe("fuzzy");
    expect(wordsAt(blocks, spelling)).toBe("regional organizations");
    const mojibake = placeOne(annotate("p1", "Africaâ€™s efforts", 0, old), blocks);
    expect(mojibake.state).toBe("shifted");
    expect(wordsAt(blocks, mojibake)).toBe("Africa’s efforts");
  });

  it("stretches a long quote over words inserted in its middle", () => {
    const a = annotate("p2", "concerned about cybercrime and the misuse of information");
    const blocks = revise({
      p2: "2. We are concerned about cybercrime, ransomware and the criminal misuse of information and communications technologies.",
    });
    const placed = placeOne(a, blocks);
    expect(placed.state).toBe("fuzzy");
    expect(wordsAt(blocks, placed)).toBe("concerned about cybercrime, ransomware and the criminal misuse of information");
  });

  it("finds a sentence moved to another paragraph: shifted where its context came along, fuzzy where not", () => {
    const sentence = "We urge all States parties that have not yet done so to consider ratifying the Convention without further delay.";
    const old = [
      { id: "p1", text: `1. The Group welcomes the entry into force of the Convention. ${sentence}` },
      { id: "p2", text: "2. I thank you." },
    ];
    const blocks = [
      { id: "p1", text: "1. The Group welcomes the entry into force of the Convention." },
      { id: "p2", text: `2. ${sentence} I thank you.` },
    ];
    const inside = placeOne(annotate("p1", "that have not yet done so", 0, old), blocks);
    expect(inside).toMatchObject({ state: "shifted", target: { paragraphId: "p2" } });
    expect(wordsAt(blocks, inside)).toBe("that have not yet done so");
    const whole = placeOne(annotate("p1", sentence, 0, old), blocks);
    expect(whole).toMatchObject({ state: "fuzzy", target: { paragraphId: "p2", start: 3 } });
    expect(placeOne(annotate("p1", "We urge all", 0, old), blocks).state).toBe("orphaned");
  });

  it("finds a deleted paragraph's words fuzzily in another when their context came along", () => {
    const blocks = revise({ p2: null, p3: `${before[2]!.text.replace("communications", "communication")} ${before[3]!.text}` });
    const placed = placeOne(annotate("p2", "information and communications technologies"), blocks, { p2: [], p3: ["p3"] });
    expect(placed).toMatchObject({ state: "fuzzy", target: { paragraphId: "p3" } });
    expect(wordsAt(blocks, placed)).toBe("information and communication technologies");
  });

  it("treats an ID missing from the successors as itself when the revision has it", () => {
    const a = annotate("p4", "I thank you.");
    expect(placeOne(a, revise({ p4: "4. Finally, I thank you." }), {}).state).toBe("shifted");
    expect(placeOne(a, revise({ p4: null }), {}).state).toBe("orphaned");
  });

  it("returns placements in the input order with their counts", () => {
    const annotations = [
      annotate("p4", "I thank you."),
      annotate("p3", "a grave concern"),
      annotate("p2", "cybercrime"),
      annotate("h1", "organized crime"),
      { id: "empty", target: { paragraphId: "p1", start: 0, end: 0 }, quote: { exact: "", prefix: "", suffix: "" } },
    ];
    const blocks = revise({ p3: null, p2: "2. We are concerned about cybercrime." });
    const { placements, counts } = reanchorRevision(annotations, blocks, { p3: [] });
    expect(placements.map((p) => [p.id, p.state])).toEqual([
      ["p4:I thank you.", "exact"],
      ["p3:a grave concern", "orphaned"],
      ["p2:cybercrime", "exact"],
      ["h1:organized crime", "exact"],
      ["empty", "orphaned"],
    ]);
    expect(counts).toEqual({ total: 5, exact: 3, shifted: 0, fuzzy: 0, orphaned: 2 });
  });
});
