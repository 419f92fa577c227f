import { resolveTarget, type TextQuote, type TextTarget } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import type { Statement } from "../../generated/prisma/client.ts";
import { AppError } from "../../http/app-error.ts";
import { currentBlocks } from "../statements/find-statement.ts";

export interface TargetRequest {
  paragraphId: string;
  start: number;
  end: number;
  endParagraphId?: string | undefined;
  exact?: string | undefined;
}

/** Checks a requested span against the statement's current text; the server, not the client, computes the quote. */
export async function anchorTarget(db: Db, statement: Statement, input: TargetRequest): Promise<{ target: TextTarget; quote: TextQuote }> {
  const blocks = await currentBlocks(db, statement);
  const resolved = resolveTarget(
    blocks.map((b) => ({ id: b.canonicalId, text: b.text })),
    {
      paragraphId: input.paragraphId,
      start: input.start,
      end: input.end,
      ...(input.endParagraphId ? { endParagraphId: input.endParagraphId } : {}),
      ...(input.exact !== undefined ? { exact: input.exact } : {}),
    },
  );
  if (!resolved.ok) {
    const { code, message, details } = resolved.error;
    throw new AppError("invalid_target", message, { reason: code, ...details });
  }
  return resolved.value;
}
