import type { z } from "zod";
import type { ErrorCode } from "./errors.ts";

export interface Endpoint {
  method: "get" | "post" | "patch" | "delete";
  /** Express-style path; `:name` segments are path parameters. */
  path: string;
  summary: string;
  /** Who may call it: anyone, or a signed-in member (session cookie or API token) with at least this role. */
  access: "public" | "viewer" | "analyst" | "reviewer" | "admin";
  /** The `:name` segments of the path (path-params.ts); a value the schema refuses answers 404 not_found. */
  params?: z.ZodType;
  body?: z.ZodType;
  /**
   * The endpoint also takes a file as multipart/form-data: the file in the field `file`, beside it the form fields
   * this schema reads (strings; a JSON field is parsed by its schema). Without it, multipart is refused with 415.
   */
  upload?: z.ZodType;
  query?: z.ZodType;
  response?: z.ZodType;
  status: number;
  /**
   * The body of a 202 answer, for an endpoint that hands work too large for a request to a job: it answers 202 with
   * this instead of `status` with `response`.
   */
  accepted?: z.ZodType;
  /** Content type of a non-JSON response. */
  produces?: string;
  /** Further content types the response can take (a file export in other formats), documented as binary. */
  alsoProduces?: readonly string[];
  /** Response headers worth documenting, by name, with what they say. */
  responseHeaders?: Readonly<Record<string, string>>;
  /** Request headers the endpoint reads, by name, with what they do. */
  requestHeaders?: Readonly<Record<string, string>>;
  errors: ErrorCode[];
}

export const read: ErrorCode[] = ["unauthenticated", "forbidden", "not_found", "validation_failed"];
export const write: ErrorCode[] = [...read, "invalid_json", "csrf_failed", "payload_too_large", "unsupported_media_type"];
