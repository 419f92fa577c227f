import { ERROR_STATUS, type ErrorCode } from "@verbatim/contract";

/** The one error type the API raises on purpose; its code decides the HTTP status. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} not found`);
export const forbidden = (message = "your role does not allow this") => new AppError("forbidden", message);
