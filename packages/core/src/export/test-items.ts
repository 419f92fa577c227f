// Shared test data for the export tests (not exported from the package).
import { type AnnotationView, type LooseAnnotation, taggedAttributes } from "../model/annotation.ts";
import type { StatementRef } from "../model/statement-ref.ts";
import type { BriefMeta, ExcerptParagraphs, ExportItem, ExportReview, ExportWriter } from "./export-item.ts";

export const apg: StatementRef = {
  id: "st_apg",
  slug: "2023-05-22-ccpcj32-apg",
  title: "Statement on behalf of the Asia-Pacific Group",
  speaker: "Ms Lee",
  delegation: null,
  onBehalfOf: "Asia-Pacific Group",
  forum: "CCPCJ 32nd session",
  meetingSymbol: null,
  date: "2023-05-22",
  language: "en",
  sourceUrl: "https://www.unodc.org/unodc/en/commissions/CCPCJ/session/32_Session_2023/statements.html",
};

export const china: StatementRef = {
  id: "st_china",
  slug: "2023-12-07-unsc-china",
  title: 'Statement by China <script>alert("title")</script> **bold**',
  speaker: "Zhang Jun",
  delegation: "China",
  onBehalfOf: "Group of 77",
  forum: "UN Security Council open debate",
  meetingSymbol: "S/PV.9500",
  date: "2023-12-07",
  language: "zh",
  sourceUrl: "javascript:alert(1)",
};

interface Parts {
  statement: StatementRef;
  paragraphs: ExcerptParagraphs;
  review?: ExportReview | null;
}

function makeItem(id: string, kind: AnnotationView["kind"], parts: Parts, annotation: Partial<LooseAnnotation>): ExportItem {
  const { statement, paragraphs, review = null } = parts;
  return {
    statement,
    paragraphs,
    review,
    annotation: {
      id,
      statementId: statement.id,
      statementSlug: statement.slug,
      revision: 1,
      anchor: { state: "anchored", revision: 1 },
      target: { paragraphId: "p1", start: 0, end: 1 },
      quote: { exact: "x", prefix: "", suffix: "" },
      labels: [],
      note: null,
      noteDoc: null,
      status: review?.status ?? "proposed",
      version: 1,
      author: { id: "u_1", name: "Ana Analyst" },
      createdAt: "2024-01-15T09:30:00.000Z",
      updatedAt: "2024-01-16T10:00:00.000Z",
      ...annotation,
      ...taggedAttributes(kind, annotation.attributes ?? {}),
    },
  };
}

const accepted: ExportReview = { status: "accepted", reviewer: "Rita Reviewer", at: "2024-02-03T10:00:00.000Z", comment: "Agreed, see ¶3" };

export const NOTE = 'Line one, "quoted"\nLine two <script>alert(1)</script> **not bold** =SUM(1)';
export const CHINESE_QUOTE = "中国欢迎《联合国打击跨国有组织犯罪公约》生效 🌐";
export const INJECTION_QUOTE = "# 1. <b>bold</b> [link](http://evil.example) **strong** =cmd";

/** Five items in export order: APG (position, commitment, cross-reference), then China (position, cross-reference). */
export const items: ExportItem[] = [
  makeItem(
    "a1",
    "position",
    { statement: apg, paragraphs: { number: 9, currentNumber: 9 }, review: accepted },
    {
      target: { paragraphId: "p9", start: 3, end: 60 },
      quote: { exact: 'We are concerned about cybercrime, "ransomware" and corruption.', prefix: "9. ", suffix: " We call" },
      attributes: { stance: "concerned", topics: ["cybercrime", "corruption"] },
      labels: ["priority", "=SUM(1)"],
      note: NOTE,
    },
  ),
  makeItem(
    "a2",
    "commitment",
    { statement: apg, paragraphs: { number: 9, endNumber: 10, currentNumber: 11 } },
    {
      target: { paragraphId: "p9", start: 70, end: 30, endParagraphId: "p12" },
      quote: { exact: "We pledge to\nsupport technical assistance", prefix: "", suffix: "." },
      attributes: { strength: "pledge", actor: "Asia-Pacific Group", action: "=SUM(1) support technical assistance" },
    },
  ),
  makeItem(
    "a3",
    "cross-reference",
    {
      statement: apg,
      paragraphs: { number: 3, currentNumber: 5 },
      review: { status: "disputed", reviewer: "Rita Reviewer", at: "2024-02-04", comment: "-not sure" },
    },
    {
      target: { paragraphId: "p3", start: 0, end: 40 },
      quote: { exact: "Recalling the Palermo Convention (UNTOC)", prefix: "", suffix: ", we" },
      attributes: { target: "UNTOC", relation: "reaffirms" },
    },
  ),
  makeItem(
    "b1",
    "position",
    { statement: china, paragraphs: { number: 2, currentNumber: 2 } },
    {
      target: { paragraphId: "p2", start: 0, end: 27 },
      quote: { exact: CHINESE_QUOTE, prefix: "", suffix: "。" },
      attributes: { stance: "welcomes", actor: "China" },
      labels: ["UNTOC, Palermo"],
      note: "ملاحظة باللغة العربية",
    },
  ),
  makeItem(
    "b2",
    "cross-reference",
    { statement: china, paragraphs: { number: 4, currentNumber: 4 }, review: accepted },
    {
      target: { paragraphId: "p4", start: 5, end: 60 },
      quote: { exact: INJECTION_QUOTE, prefix: "<i>", suffix: "@x" },
      attributes: { target: "A/RES/74/247", relation: "responds-to", confidence: "high" },
      status: "proposed",
    },
  ),
];

export const meta: BriefMeta = {
  title: "Brief: cybercrime & UNTOC <2024>",
  workspace: "Multilateral desk",
  generatedAt: "2024-03-01T23:30:00.000Z",
  filters: [
    { label: "Status", value: "accepted, disputed" },
    { label: "Kind", value: "position" },
  ],
  baseUrl: "https://verbatim.example.org/",
};

/** A whole file from a writer. */
export function render(writer: ExportWriter, list: readonly ExportItem[] = items): string {
  return writer.head() + list.map((item) => writer.item(item)).join("") + writer.tail();
}
