import type { Db } from "../../db/database.ts";
import { type CreateAnnotationOptions, createAnnotation } from "./create-annotation.ts";
import type { AnnotationRecord } from "./annotation-record.ts";
import { findStoredAnswer, requestHash, storeAnswer } from "./idempotency-keys.ts";

/** The annotation made now, or the one a request with the same key made first (replayed). */
export interface CreateOnceResult {
  replayed: boolean;
  annotation: AnnotationRecord;
}

/** Lost to a concurrent request with the same key: roll back and give its answer instead. */
class KeyTaken extends Error {}

/**
 * A create carrying an Idempotency-Key: the first success is stored with the annotation, and a retry with the
 * same key and request gets it back rather than a second annotation (and a second event). A failed create
 * stores nothing, since it changed nothing; its retry simply runs again.
 */
export async function createAnnotationOnce(
  db: Db,
  opts: Omit<CreateAnnotationOptions, "alongside"> & { key: string; status: number },
): Promise<CreateOnceResult> {
  const { actor, key } = opts;
  const hash = requestHash({ statement: opts.idOrSlug, body: opts.input });
  const earlier = await findStoredAnswer(db, actor.userId, key, hash);
  if (earlier) return { replayed: true, annotation: earlier.annotation };
  try {
    const annotation = await createAnnotation(db, {
      ...opts,
      alongside: async (tx, created) => {
        if (!(await storeAnswer(tx, actor.userId, key, hash, { status: opts.status, annotation: created }))) throw new KeyTaken();
      },
    });
    return { replayed: false, annotation };
  } catch (e) {
    if (!(e instanceof KeyTaken)) throw e;
    const winner = await findStoredAnswer(db, actor.userId, key, hash);
    if (!winner) throw new Error("an idempotency key was taken by a request whose answer is not stored");
    return { replayed: true, annotation: winner.annotation };
  }
}
