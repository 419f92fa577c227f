import { resolveTarget, type TextBlock, type TextQuote, type TextTarget } from "@verbatim/core";
import { AppError } from "../../http/app-error.ts";

export interface TargetRequest {
  paragraphId: string;
  start: number;
  end: number;
  endParagraphId?: string | undefined;
  exact?: string | undefined;
}

/** The blocks a requested span needs read (span-blocks-sql.ts): from its paragraph to its end paragraph. */
export const spanOf = (input: TargetRequest) => ({ from: input.paragraphId, to: input.endParagraphId ?? input.paragraphId });

/** Checks a requested span against the statement's current text; the server, not the client, computes the quote. */
export function anchorTarget(blocks: readonly TextBlock[], input: TargetRequest): { target: TextTarget; quote: TextQuote } {
  const resolved = resolveTarget(blocks, {
    paragraphId: input.paragraphId,
    start: input.start,
    end: input.end,
    ...(input.endParagraphId ? { endParagraphId: input.endParagraphId } : {}),
    ...(input.exact !== undefined ? { exact: input.exact } : {}),
  });
  if (!resolved.ok) {
    const { code, message, details } = resolved.error;
    throw new AppError("invalid_target", message, { reason: code, ...details });
  }
  return resolved.value;
}
