export const TARGET_ERROR_CODES = [
  "unknown_paragraph",
  "offset_out_of_range",
  "empty_range",
  "end_before_start",
  "quote_mismatch",
  "split_surrogate",
] as const;
export type TargetErrorCode = (typeof TARGET_ERROR_CODES)[number];

/** Why a target does not fit a statement's text; `code` is stable, `message` is for people. */
export interface TargetError {
  code: TargetErrorCode;
  message: string;
  details: Record<string, unknown>;
}

export const targetError = (code: TargetErrorCode, message: string, details: Record<string, unknown> = {}): TargetError => ({
  code,
  message,
  details,
});
