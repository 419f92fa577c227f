import type { ExportQuery } from "@verbatim/contract";
import { toW3cAnnotation, toW3cCollection } from "@verbatim/core";
import type { Db } from "../db/database.ts";
import { notFound } from "../http/app-error.ts";
import { annotationInclude, presentAnnotation } from "../presenters/annotation.ts";
import { presentStatementRef } from "../presenters/statement.ts";
import { annotationWhere } from "./annotation-filter.ts";

export async function exportAnnotations(db: Db, opts: { workspaceId: string; query: ExportQuery; baseUrl: string }) {
  const { query } = opts;
  const statements = await db.statement.findMany({
    where: { workspaceId: opts.workspaceId, ...(query.statement ? { slug: { in: query.statement } } : {}) },
  });
  const missing = query.statement?.filter((slug) => !statements.some((s) => s.slug === slug)) ?? [];
  if (missing.length > 0) throw notFound(`statement ${missing.join(", ")}`);
  const byId = new Map(statements.map((s) => [s.id, presentStatementRef(s)]));
  const rows = await db.annotation.findMany({
    where: { workspaceId: opts.workspaceId, statementId: { in: [...byId.keys()] }, ...annotationWhere(query) },
    orderBy: [{ statementId: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    include: annotationInclude,
  });
  const items = rows.map((r) => ({ annotation: presentAnnotation(r), statement: byId.get(r.statementId)! }));
  if (query.format === "json") return { items: items.map(({ annotation, statement }) => ({ ...annotation, statement })) };
  const texts = await annotatedTexts(db, rows);
  const instruments = await db.instrument.findMany({ where: { workspaceId: opts.workspaceId }, select: { key: true } });
  const w3cOptions = { baseUrl: opts.baseUrl, instrumentKeys: new Set(instruments.map((i) => i.key)) };
  return toW3cCollection(
    items.map(({ annotation, statement }) =>
      toW3cAnnotation(annotation, statement, { ...w3cOptions, blockTexts: texts.get(`${annotation.statementId}:${annotation.revision}`) }),
    ),
    { id: `${opts.baseUrl}/api/exports?${new URLSearchParams(exportParams(query)).toString()}`, label: "Verbatim annotations" },
  );
}

/** Paragraph texts of each annotated revision by canonical ID, so that the W3C positions count code points of the right text. */
async function annotatedTexts(db: Db, rows: { statementId: string; revision: number }[]): Promise<Map<string, Map<string, string>>> {
  const revisions = [...new Map(rows.map((r) => [`${r.statementId}:${r.revision}`, r])).values()];
  const blocks =
    revisions.length === 0
      ? []
      : await db.paragraph.findMany({
          where: { OR: revisions.map((r) => ({ statementId: r.statementId, revision: { number: r.revision } })) },
          select: { statementId: true, canonicalId: true, text: true, revision: { select: { number: true } } },
        });
  const texts = new Map<string, Map<string, string>>();
  for (const b of blocks) {
    const key = `${b.statementId}:${b.revision.number}`;
    const byId = texts.get(key) ?? new Map<string, string>();
    byId.set(b.canonicalId, b.text);
    texts.set(key, byId);
  }
  return texts;
}

function exportParams(q: ExportQuery): Record<string, string> {
  const out: Record<string, string> = { format: q.format };
  if (q.statement) out.statement = q.statement.join(",");
  if (q.status) out.status = q.status.join(",");
  if (q.kind) out.kind = q.kind.join(",");
  if (q.author) out.author = q.author;
  if (q.label) out.label = q.label;
  return out;
}
