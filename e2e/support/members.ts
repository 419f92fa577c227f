import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "@playwright/test";
import { signIn } from "./accounts.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface MemberAccount {
  name: string;
  email: string;
  password: string;
  role: "admin" | "reviewer" | "analyst" | "viewer";
}

/** Adds a member to the app's workspace (the admin command reaches the running app's database). */
export function createMember(who: MemberAccount): void {
  execFileSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "apps/api/src/cli/admin.ts",
      "create-user",
      "--email",
      who.email,
      "--name",
      who.name,
      "--role",
      who.role,
      "--password-stdin",
    ],
    {
      cwd: repoRoot,
      input: who.password,
      env: { ...process.env, VERBATIM_DATA_DIR: process.env.VERBATIM_E2E_DATA_DIR },
      stdio: ["pipe", "ignore", "pipe"],
    },
  );
}

/** A second browser (its own cookies) signed in as the member. */
export async function memberPage(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, who);
  return page;
}

/** A browser with no cookies at all: someone who opens an invitation link before having an account. */
export async function guestPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return context.newPage();
}
