import { expect, type APIRequestContext } from "@playwright/test";

export const TAGGING_TEXT = [
  "Mr. President,",
  "",
  "We welcome the report of the Secretary-General on transnational organized crime.",
  "",
  "Our Government will contribute two million euros to the UNODC trust fund next year.",
  "",
  "We reaffirm our support for the United Nations Convention against Transnational Organized Crime.",
  "",
  "We remain concerned about trafficking in firearms across borders. Cooperation must grow.",
  "",
  "Thank you, Mr. President.",
].join("\n");

/** The CSRF token of the request context's session (the signed-in admin's, from the stored state). */
export async function csrfOf(request: APIRequestContext): Promise<string> {
  return (await request.storageState()).cookies.find((c) => c.name === "verbatim_csrf")?.value ?? "";
}

/** Imports a statement through the API as the signed-in admin; returns its slug. */
export async function importForTest(
  request: APIRequestContext,
  title: string,
  delegation: string,
  content = TAGGING_TEXT,
): Promise<string> {
  const csrf = await csrfOf(request);
  const res = await request.post("/api/statements", {
    headers: { "x-csrf-token": csrf },
    data: { title, delegation, forum: "UN Security Council open debate", date: "2024-06-01", format: "text", content },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).statement.slug as string;
}
