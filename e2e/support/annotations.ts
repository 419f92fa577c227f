import { expect, type APIRequestContext } from "@playwright/test";
import { csrfOf } from "./statements.ts";

interface Annotated {
  id: string;
  version: number;
}

/** Annotates `words` in a paragraph of a statement through the API, as the signed-in admin. */
export async function annotateWords(
  request: APIRequestContext,
  slug: string,
  paragraphId: string,
  words: string,
  fields: { kind: "position" | "commitment" | "cross-reference"; attributes: Record<string, unknown>; labels?: string[] },
): Promise<Annotated> {
  const statement = await request.get(`/api/statements/${slug}`);
  expect(statement.status()).toBe(200);
  const paragraphs = (await statement.json()).statement.paragraphs as { id: string; text: string }[];
  const text = paragraphs.find((p) => p.id === paragraphId)?.text ?? "";
  const start = text.indexOf(words);
  expect(start, `"${words}" in ${paragraphId}`).toBeGreaterThanOrEqual(0);
  const res = await request.post(`/api/statements/${slug}/annotations`, {
    headers: { "x-csrf-token": await csrfOf(request) },
    data: { ...fields, target: { paragraphId, start, end: start + words.length } },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).annotation as Annotated;
}

/** Reviews an annotation through the API (the admin may review any, their own included). */
export async function reviewAnnotation(
  request: APIRequestContext,
  annotation: Annotated,
  status: "accepted" | "rejected" | "disputed",
): Promise<void> {
  const res = await request.post(`/api/annotations/${annotation.id}/reviews`, {
    headers: { "x-csrf-token": await csrfOf(request) },
    data: { status, version: annotation.version },
  });
  expect(res.status(), await res.text()).toBe(200);
}
