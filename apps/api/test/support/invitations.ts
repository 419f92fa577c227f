import { expect } from "vitest";
import { ApiClient } from "./api-client.ts";
import { snapshot } from "./db-snapshot.ts";
import { type Member, PASSWORD } from "./factories.ts";
import type { TestServer } from "./test-server.ts";

let counter = 0;
const uniqueEmail = () => `joiner-${++counter}-${Date.now()}@example.org`;

/** The invitation tests' helpers, for the server and admin their file starts in beforeAll. */
export function invitationHelpers(server: () => TestServer, admin: () => Member) {
  return {
    newAccount: (name = "Nia New") => ({ account: "new", name, email: uniqueEmail(), password: PASSWORD }),
    /** Invites to `by`'s workspace, expecting 201. */
    async invite(body: Record<string, unknown> = { role: "analyst" }, by: Member = admin()) {
      const res = await by.client.post("/api/invitations", body);
      expect(res.status, res.text).toBe(201);
      return res.body as { invitation: { id: string; status: string }; token: string; url: string };
    },
    accept: (token: string, body: unknown, client = new ApiClient(server().url)) => client.post(`/api/invite/${token}/accept`, body),
    invitationsTable: () => snapshot(server().db, ["invitations", "memberships", "users", "sessions"]),
  };
}
