import { ATTRIBUTES_BY_KIND } from "@verbatim/contract";
import { type AnnotationKind, classifyCrossReferenceTarget, formatStatementParagraphRef, parseStatementParagraphRef } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/app-error.ts";
import { existingParagraphRefs } from "./paragraph-refs-sql.ts";

/** Attributes must fit the kind; a cross-reference must point at something that exists or has a known shape. */
export async function validateAttributes(
  db: Db,
  workspaceId: string,
  kind: AnnotationKind,
  attributes: unknown,
  /** What the caller has already read in one go (an import checks thousands of annotations); else read here. */
  known?: KnownTargets,
): Promise<Record<string, unknown>> {
  const parsed = ATTRIBUTES_BY_KIND[kind].safeParse(attributes);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    throw new AppError("invalid_attributes", `the attributes do not fit a ${kind}`, { issues });
  }
  if (kind === "cross-reference") {
    await checkCrossReferenceTarget(db, workspaceId, (parsed.data as { target: string }).target, known);
  }
  return parsed.data as Record<string, unknown>;
}

async function instrumentKeysOf(db: Db, workspaceId: string): Promise<Set<string>> {
  const instruments = await db.instrument.findMany({ where: { workspaceId }, select: { key: true } });
  return new Set(instruments.map((i) => i.key));
}

/** The workspace's instrument keys, and which of some "slug#pN" targets name a paragraph of a statement's current text. */
export interface KnownTargets {
  instrumentKeys: ReadonlySet<string>;
  paragraphs: ReadonlySet<string>;
}

/** Reads what checking these cross-reference targets needs in two queries, however many there are. */
export async function knownTargetsOf(db: Db, workspaceId: string, targets: readonly string[]): Promise<KnownTargets> {
  const refs = targets.flatMap((target) => {
    const ref = parseStatementParagraphRef(target);
    return ref ? [ref] : [];
  });
  const found = await existingParagraphRefs(db, workspaceId, refs);
  return {
    instrumentKeys: await instrumentKeysOf(db, workspaceId),
    paragraphs: new Set(found.map(formatStatementParagraphRef)),
  };
}

async function checkCrossReferenceTarget(db: Db, workspaceId: string, target: string, known?: KnownTargets): Promise<void> {
  const kind = classifyCrossReferenceTarget(target, known?.instrumentKeys ?? (await instrumentKeysOf(db, workspaceId)));
  if (!kind) {
    throw new AppError("invalid_attributes", "a cross-reference target is an instrument key, a UN document symbol, slug#pN or a URL", {
      reason: "unknown_target",
      target,
    });
  }
  if (kind.type !== "paragraph") return;
  const ref = parseStatementParagraphRef(target);
  const exists =
    ref !== null &&
    (known ? known.paragraphs.has(formatStatementParagraphRef(ref)) : (await existingParagraphRefs(db, workspaceId, [ref])).length > 0);
  if (!exists)
    throw new AppError("invalid_attributes", `no paragraph ${target} in this workspace`, { reason: "unknown_paragraph", target });
}
