import type { Comparison } from "@verbatim/contract";
import { type AgreementCode, type AnnotationKind, agreementReport, compareAnnotations } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import { presentAnnotationWithReviewSqlRow } from "../annotations/annotation-sql-row.ts";
import type { AnnotationWithReview } from "../annotations/annotation-review.ts";
import { presentAnnotationFor } from "../annotations/annotation-for-viewer.ts";
import type { Viewer } from "../../auth/actor.ts";
import { type ComparedView, presentAgreement, presentComparisonParagraphs } from "./comparison.ts";
import { annotatorCandidates, annotatorsAnnotations } from "./compare-sql.ts";
import { currentBlocks, findStatement } from "../statements/find-statement.ts";
import { spanParagraphIds } from "../annotations/span-paragraph-ids.ts";

export interface CompareAnnotatorsOptions {
  viewer: Viewer;
  workspaceId: string;
  idOrSlug: string;
  /** The annotators to compare; IDs of people with no annotations on the statement are left out. */
  authors?: readonly string[] | undefined;
  kinds?: readonly AnnotationKind[] | undefined;
}

/** The compare view: chosen annotators' live annotations on a statement, grouped per paragraph, with agreement. */
export async function compareAnnotators(db: Db, opts: CompareAnnotatorsOptions): Promise<Comparison> {
  const statement = await findStatement(db, opts.workspaceId, opts.idOrSlug);
  const candidates = await annotatorCandidates(db, statement.id);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const annotators = [...new Set(opts.authors ?? [])].flatMap((id) => {
    const c = byId.get(id);
    return c ? [{ id: c.id, name: c.name }] : [];
  });
  const base = { statement: { id: statement.id, slug: statement.slug, title: statement.title }, candidates, annotators };
  if (annotators.length < 2) return { ...base, paragraphs: [], unplaced: [], agreement: null };

  const annotatorIds = annotators.map((a) => a.id);
  const rows = await annotatorsAnnotations(db, statement.id, annotatorIds);
  const views = rows.map((r) => presentAnnotationWithReviewSqlRow(r, statement));
  const present = presentAnnotationFor(opts.viewer);
  const blocks = await currentBlocks(db, statement);
  const blockIds = blocks.map((b) => b.canonicalId);
  const kinds = opts.kinds ? new Set(opts.kinds) : null;

  const comparison = compareAnnotations<ComparedView>({
    paragraphIds: blockIds,
    annotatorIds,
    annotations: views.filter((v) => !kinds || kinds.has(v.kind)).map(compared),
  });
  const report = agreementReport({
    paragraphIds: blocks.filter((b) => b.kind === "paragraph").map((b) => b.canonicalId),
    annotatorIds,
    blockIds,
    annotations: views.map((v) => ({
      authorId: v.author.id,
      kind: v.kind,
      paragraphIds: spanParagraphIds(v.target, blockIds),
      target: v.target,
      attributes: v.attributes,
      codes: codesOf(v),
    })),
    ...(opts.kinds ? { kinds: opts.kinds } : {}),
  });
  return {
    ...base,
    paragraphs: presentComparisonParagraphs(blocks, comparison.paragraphs, present),
    unplaced: comparison.unplaced.map((c) => present(c.view)),
    // Two or more annotators were chosen, so the report cannot refuse.
    agreement: report.ok ? presentAgreement(report.value) : null,
  };
}

/** A position's topics and any annotation's labels, by name: the codes agreement is counted on. */
function codesOf(view: AnnotationWithReview): AgreementCode[] {
  const topics = view.kind === "position" ? (view.attributes.topics ?? []) : [];
  return [...topics.map((name) => ({ type: "topic" as const, name })), ...view.labels.map((name) => ({ type: "label" as const, name }))];
}

const compared = (view: AnnotationWithReview): ComparedView => ({
  ...view.target,
  id: view.id,
  authorId: view.author.id,
  kind: view.kind,
  attributes: view.attributes,
  view,
});
