import { ATTRIBUTES_BY_KIND } from "@verbatim/contract";
import { type AnnotationKind, classifyCrossReferenceTarget, parseStatementParagraphRef } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/app-error.ts";

/** Attributes must fit the kind; a cross-reference must point at something that exists or has a known shape. */
export async function validateAttributes(
  db: Db,
  workspaceId: string,
  kind: AnnotationKind,
  attributes: unknown,
  /** The workspace's instrument keys when the caller already has them (an import checks thousands of annotations). */
  instrumentKeys?: ReadonlySet<string>,
): Promise<Record<string, unknown>> {
  const parsed = ATTRIBUTES_BY_KIND[kind].safeParse(attributes);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    throw new AppError("invalid_attributes", `the attributes do not fit a ${kind}`, { issues });
  }
  if (kind === "cross-reference") {
    await checkCrossReferenceTarget(db, workspaceId, (parsed.data as { target: string }).target, instrumentKeys);
  }
  return parsed.data as Record<string, unknown>;
}

export async function instrumentKeysOf(db: Db, workspaceId: string): Promise<Set<string>> {
  const instruments = await db.instrument.findMany({ where: { workspaceId }, select: { key: true } });
  return new Set(instruments.map((i) => i.key));
}

async function checkCrossReferenceTarget(db: Db, workspaceId: string, target: string, known?: ReadonlySet<string>): Promise<void> {
  const kind = classifyCrossReferenceTarget(target, known ?? (await instrumentKeysOf(db, workspaceId)));
  if (!kind) {
    throw new AppError("invalid_attributes", "a cross-reference target is an instrument key, a UN document symbol, slug#pN or a URL", {
      reason: "unknown_target",
      target,
    });
  }
  if (kind.type !== "paragraph") return;
  const ref = parseStatementParagraphRef(target);
  const statement = ref && (await db.statement.findFirst({ where: { workspaceId, slug: ref.slug } }));
  const block =
    statement &&
    (await db.paragraph.findFirst({
      where: { statementId: statement.id, canonicalId: ref.paragraphId, revision: { number: statement.currentRevision } },
    }));
  if (!block) throw new AppError("invalid_attributes", `no paragraph ${target} in this workspace`, { reason: "unknown_paragraph", target });
}
