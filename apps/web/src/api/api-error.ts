import type { ErrorCode } from "@verbatim/contract";

/** The API's own codes, plus two for failures that never reached it or came back unreadable. */
export type ApiErrorCode = ErrorCode | "network_error" | "invalid_response";

export interface FieldIssue {
  path: string;
  message: string;
}

/** The one error type the client throws for every failed request; the UI branches on `code`, never on `message`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: unknown;

  constructor(status: number, code: ApiErrorCode, message: string, details: unknown = null) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The per-field issues of a `validation_failed` error (`details.issues`), or none. */
  get issues(): FieldIssue[] {
    if (this.code !== "validation_failed" || typeof this.details !== "object" || this.details === null) return [];
    const issues = (this.details as { issues?: unknown }).issues;
    if (!Array.isArray(issues)) return [];
    return issues.flatMap((i: unknown) => {
      if (typeof i !== "object" || i === null) return [];
      const { path, message } = i as { path?: unknown; message?: unknown };
      return typeof path === "string" && typeof message === "string" ? [{ path, message }] : [];
    });
  }
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
