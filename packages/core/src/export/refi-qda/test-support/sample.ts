import type { CodebookCode, RefiAnnotation, RefiProjectInput, RefiStatement } from "../types.ts";

/** Test data for the REFI-QDA exports: a codebook with a hierarchy, and two statements with every kind annotated. */

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

export const ID = {
  cybercrime: uuid(1),
  ransomware: uuid(2),
  corruption: uuid(3),
  newTopic: uuid(4),
  keyQuote: uuid(5),
  followUp: uuid(6),
  odd: uuid(7),
  deletedLabel: uuid(8),
  china: uuid(20),
  apg: uuid(21),
  alice: uuid(30),
  bob: uuid(31),
} as const;

export const codes: CodebookCode[] = [
  {
    id: ID.cybercrime,
    type: "topic",
    name: "cybercrime",
    parentId: null,
    definition: "Crime committed with or against computer systems.",
    guidance: { use: "ICT-enabled crime, the draft convention", avoid: "cyber security in general" },
    colour: "#AA3377",
    status: "active",
  },
  { id: ID.ransomware, type: "topic", name: "ransomware", parentId: ID.cybercrime, definition: null, colour: null, status: "active" },
  {
    id: ID.corruption,
    type: "topic",
    name: "corruption",
    parentId: null,
    definition: "Abuse of entrusted power.",
    colour: "#228833",
    status: "deprecated",
  },
  { id: ID.newTopic, type: "topic", name: "Trafficking in persons", parentId: null, definition: null, colour: null, status: "new" },
  {
    id: ID.keyQuote,
    type: "label",
    name: "key quote",
    parentId: null,
    definition: null,
    guidance: {},
    colour: "#4477aa",
    status: "active",
  },
  { id: ID.followUp, type: "label", name: "follow-up", parentId: ID.keyQuote, definition: "Ask the desk.", colour: null, status: "active" },
  {
    id: ID.odd,
    type: "label",
    name: `Q&A <"draft"> 'v2'`,
    parentId: null,
    definition: "Bell\u0007 and tab\tand\r\nCRLF",
    colour: "red",
    status: "active",
  },
];

const block = (id: string, number: number | null, text: string) => ({
  id,
  number,
  kind: id.startsWith("h") ? ("heading" as const) : ("paragraph" as const),
  text,
});

export const china: RefiStatement = {
  id: ID.china,
  slug: "2023-12-07-unsc-china",
  title: "China at the UNSC on transnational organised crime",
  speaker: "Zhang Jun",
  delegation: "China",
  onBehalfOf: null,
  forum: "UNSC",
  meetingSymbol: "S/PV.9500",
  date: "2023-12-07",
  language: "en",
  sourceUrl: "https://example.org/china?a=1&b=2",
  paragraphs: [
    block("h1", null, "Statement"),
    block("p1", 1, "Mr. President,"),
    block("p2", 2, "China 🇨🇳 urges “all States” to ratify UNTOC 𝐧𝐨𝐰."),
    block("p3", 3, "We pledge support. We cite A/RES/74/247 and UNTOC."),
  ],
};

export const apg: RefiStatement = {
  id: ID.apg,
  slug: "2023-05-22-ccpcj32-apg",
  title: "Asia-Pacific Group at CCPCJ 32",
  delegation: "Indonesia",
  onBehalfOf: "Asia-Pacific Group",
  forum: "CCPCJ 32nd session",
  date: "22 May 2023",
  paragraphs: [block("p1", 1, "The Group welcomes the Kyoto Declaration.")],
};

const alice = { id: ID.alice, name: "Alice Analyst" };
const bob = { id: ID.bob, name: "Bob <Reviewer>" };
const at = (p: RefiStatement, id: string, words: string) => p.paragraphs.find((b) => b.id === id)!.text.indexOf(words);

export const annotations: RefiAnnotation[] = [
  {
    id: uuid(100),
    statementId: ID.china,
    kind: "position",
    attributes: { stance: "urges", topics: ["cybercrime"], actor: "all States" },
    target: { paragraphId: "p2", start: at(china, "p2", "“all"), end: at(china, "p2", " to ratify") },
    codes: [
      { id: ID.cybercrime, name: "cybercrime", type: "topic" },
      { id: ID.keyQuote, name: "key quote", type: "label" },
      { id: ID.deletedLabel, name: "since deleted", type: "label" },
    ],
    note: "Strong wording & new: <see> p3.\nSecond line \u0001",
    status: "accepted",
    author: alice,
    createdAt: "2026-11-30T10:15:00.123Z",
  },
  {
    id: uuid(101),
    statementId: ID.china,
    kind: "commitment",
    attributes: { strength: "pledge", action: "support" },
    target: { paragraphId: "p2", start: at(china, "p2", "UNTOC"), end: at(china, "p3", " support"), endParagraphId: "p3" },
    codes: [],
    note: null,
    status: "proposed",
    author: bob,
    createdAt: "2026-11-30T11:00:00Z",
  },
  {
    id: uuid(102),
    statementId: ID.china,
    kind: "cross-reference",
    attributes: { relation: "cites", target: " A/RES/74/247 " },
    target: { paragraphId: "p3", start: at(china, "p3", "A/RES"), end: at(china, "p3", " and UNTOC") },
    codes: [{ id: ID.corruption, name: "corruption", type: "topic" }],
    note: "  ",
    status: "disputed",
    author: alice,
    createdAt: "2026-11-30T12:00:00Z",
  },
  {
    id: uuid(103),
    statementId: ID.china,
    kind: "cross-reference",
    attributes: { relation: "reaffirms", target: "UNTOC" },
    target: { paragraphId: "p3", start: at(china, "p3", "UNTOC"), end: at(china, "p3", "UNTOC") + 5 },
    codes: [],
    note: "Cited twice.",
    status: "rejected",
    author: bob,
    createdAt: "not a date",
  },
  {
    id: uuid(104),
    statementId: ID.apg,
    kind: "position",
    attributes: { stance: "welcomes" },
    target: { paragraphId: "p1", start: 10, end: 18 },
    codes: [{ id: ID.followUp, name: "follow-up", type: "label" }],
    note: "Check the Declaration's text.",
    status: "proposed",
    author: alice,
    createdAt: "2026-12-01T09:00:00+01:00",
  },
  {
    id: uuid(105),
    statementId: ID.apg,
    kind: "position",
    attributes: { stance: "notes" },
    target: { paragraphId: "p7", start: 0, end: 3 },
    codes: [],
    note: null,
    status: "proposed",
    author: alice,
    createdAt: "2026-12-01T09:00:00Z",
  },
  {
    id: uuid(106),
    statementId: uuid(99),
    kind: "position",
    attributes: { stance: "notes" },
    target: { paragraphId: "p1", start: 0, end: 3 },
    codes: [],
    note: null,
    status: "proposed",
    author: alice,
    createdAt: "2026-12-01T09:00:00Z",
  },
];

export const project: RefiProjectInput = {
  name: "UN desk & partners",
  exportedAt: "2026-12-05T16:00:00Z",
  exportedBy: { id: ID.bob, name: "Bob <Reviewer>" },
  codes,
  statements: [china, apg],
  annotations,
};
