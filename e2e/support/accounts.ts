import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page } from "@playwright/test";

/** Where auth.setup.ts keeps the signed-in admin's cookies for the other specs. */
export const STORAGE_STATE = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", ".auth", "admin.json");

/** The admin that first-run.spec.ts creates; the specs of the "app" project run after it and sign in as them. */
export const ADMIN = {
  workspace: "Multilateral desk",
  name: "Ada Okafor",
  email: "ada.okafor@example.org",
  password: "correct horse battery",
};

/** Signs the page's browser context in as someone else through the API (the sign-in form has its own spec). */
export async function signIn(page: Page, who: { email: string; password: string } = ADMIN): Promise<void> {
  const res = await page.request.post("/api/auth/login", { data: { email: who.email, password: who.password } });
  expect(res.status(), await res.text()).toBe(204);
}
