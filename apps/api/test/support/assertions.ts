import { ERROR_STATUS, type ErrorCode } from "@verbatim/contract";
import { expect } from "vitest";
import type { ApiClient, ApiResponse } from "./api-client.ts";

/** DESIGN.md's annotation object, plus the rich note document and the review in force. */
export const ANNOTATION_FIELDS = [
  "anchor",
  "attributes",
  "author",
  "can",
  "codes",
  "createdAt",
  "id",
  "kind",
  "labels",
  "note",
  "noteDoc",
  "provenance",
  "quote",
  "review",
  "revision",
  "statementId",
  "statementSlug",
  "status",
  "target",
  "updatedAt",
  "version",
];

/** The one error shape: `{ error: { code, message, details } }` and nothing else, with the code's status. */
export function expectError(res: ApiResponse, status: number, code: ErrorCode): void {
  expect(res.status, `${res.status} ${res.text.slice(0, 500)}`).toBe(status);
  expect(ERROR_STATUS[code]).toBe(status);
  expectErrorShape(res);
  expect(res.body.error.code, res.text.slice(0, 500)).toBe(code);
}

export function expectErrorShape(res: ApiResponse): void {
  expect(res.headers.get("content-type") ?? "").toMatch(/^application\/json/);
  expect(Object.keys(res.body ?? {}), res.text.slice(0, 500)).toEqual(["error"]);
  expect(Object.keys(res.body.error).sort()).toEqual(["code", "details", "message"]);
  expect(typeof res.body.error.message).toBe("string");
  expect(res.body.error.message.length).toBeGreaterThan(0);
}

export function expectValidationIssues(res: ApiResponse): void {
  expectError(res, 400, "validation_failed");
  expect(Array.isArray(res.body.error.details?.issues), res.text).toBe(true);
  expect(res.body.error.details.issues.length).toBeGreaterThan(0);
}

/** Notes every 5xx answer the client gets in `into`, so that a test can insist there was none. */
export function recordServerErrors(client: ApiClient, into: string[]): void {
  client.onResponse = (res, method, path) => {
    if (res.status >= 500) into.push(`${method} ${path.slice(0, 100)} → ${res.status} ${res.text.slice(0, 200)}`);
  };
}
