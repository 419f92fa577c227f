// Shared test data for the W3C export tests (not exported from the package).
import { resolveTarget } from "../anchoring/resolve-target.ts";
import type { TextBlock } from "../anchoring/text-block.ts";
import { type AnnotationView, type LooseAnnotation, taggedAttributes } from "../model/annotation.ts";
import type { StatementRef } from "../model/statement-ref.ts";
import type { AnnotationKind } from "../model/taxonomy.ts";

export const BASE_URL = "https://verbatim.example.org";

export const blocks: TextBlock[] = [
  { id: "h1", text: "Transnational organized crime 🌐" },
  {
    id: "p1",
    text: "1. China 🇨🇳 welcomes the entry into force of the United Nations Convention against Transnational Organized Crime 😀 and its Protocols.",
  },
  { id: "p2", text: "2. We are concerned about cybercrime and support the negotiations under A/RES/74/247." },
  { id: "p3", text: "3. China pledges to contribute US$ 1 million to UNODC in 2024 🙏." },
];

export const statement: StatementRef = { id: "st_1", slug: "2023-12-07-unsc-china", title: "Statement by China", delegation: "China" };

export const instrumentKeys = new Set(["UNTOC", "UNCAC", "A/RES/74/247"]);

interface Span {
  from: [string, string];
  to?: [string, string];
}

/** An annotation on `blocks` from the start of from[1] in block from[0] to the end of to[1] in block to[0]. */
export function makeAnnotation(id: string, kind: AnnotationKind, span: Span, more: Partial<LooseAnnotation> = {}): AnnotationView {
  const [startId, startText] = span.from;
  const [endId, endText] = span.to ?? span.from;
  const start = blocks.find((b) => b.id === startId)?.text.indexOf(startText) ?? -1;
  const endAt = blocks.find((b) => b.id === endId)?.text.indexOf(endText) ?? -1;
  const resolved = resolveTarget(blocks, { paragraphId: startId, start, end: endAt + endText.length, endParagraphId: endId });
  if (!resolved.ok) throw new Error(resolved.error.message);
  return {
    id,
    statementId: statement.id,
    statementSlug: statement.slug,
    anchor: { state: "anchored", revision: 1 },
    revision: 1,
    ...resolved.value,
    labels: [],
    note: null,
    noteDoc: null,
    status: "proposed",
    version: 1,
    author: { id: "u_7", name: "Ana Analyst" },
    createdAt: "2024-01-15T09:30:00.000Z",
    updatedAt: "2024-01-16T10:00:00.000+01:00",
    ...more,
    ...taggedAttributes(kind, more.attributes ?? {}),
  };
}

export const richNote = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Compare " },
        { type: "text", text: "UNTOC art. 5", marks: [{ type: "bold" }] },
        { type: "text", text: " <and> " },
        { type: "text", text: "the text", marks: [{ type: "link", attrs: { href: "https://www.unodc.org/" } }] },
      ],
    },
    {
      type: "bulletList",
      content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "follow up 😀" }] }] }],
    },
  ],
};

export const annotations: AnnotationView[] = [
  makeAnnotation(
    "a1",
    "position",
    { from: ["p1", "United Nations Convention"], to: ["p1", "Organized Crime"] },
    {
      attributes: { stance: "welcomes", topics: ["organized crime", "treaties"], actor: "China" },
      labels: ["UNTOC", "priority"],
    },
  ),
  makeAnnotation(
    "a2",
    "commitment",
    { from: ["p3", "pledges"], to: ["p3", "2024 🙏"] },
    {
      attributes: { strength: "pledge", actor: "China", action: "contribute US$ 1 million to UNODC" },
      note: "Compare UNTOC art. 5 <and> the text\nfollow up 😀",
      noteDoc: richNote,
      status: "accepted",
      version: 3,
    },
  ),
  makeAnnotation(
    "a3",
    "cross-reference",
    { from: ["p1", "😀 and its"], to: ["p2", "concerned about cybercrime"] },
    {
      attributes: { target: "UNTOC", relation: "reaffirms" },
      note: "Spans two paragraphs.",
      status: "disputed",
    },
  ),
  makeAnnotation("a4", "cross-reference", { from: ["p2", "A/RES/74/247"] }, { attributes: { target: "A/RES/74/247", relation: "cites" } }),
  makeAnnotation(
    "a5",
    "cross-reference",
    { from: ["p2", "negotiations"] },
    { attributes: { target: "S/RES/1373 (2001)", relation: "responds-to" } },
  ),
  makeAnnotation(
    "a6",
    "cross-reference",
    { from: ["p2", "cybercrime"] },
    { attributes: { target: "2023-10-02-apg-ccpcj#p12", relation: "quotes" } },
  ),
  makeAnnotation(
    "a7",
    "cross-reference",
    { from: ["h1", "organized crime 🌐"] },
    { attributes: { target: "https://www.unodc.org/unodc/en/cybercrime/", relation: "cites" } },
  ),
  makeAnnotation(
    "a8",
    "position",
    { from: ["p2", "concerned"] },
    { attributes: { stance: "concerned" }, labels: ["cyber"], status: "rejected" },
  ),
];
