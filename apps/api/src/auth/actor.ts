import type { Role } from "@verbatim/core";

/** Who is making a request, in which workspace, and how they proved it. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  workspaceId: string;
  role: Role;
  via: "session" | "token";
  sessionId?: string;
  csrfToken?: string;
}

/** Whom a response is for: what the policies need to say what they may do. */
export type Viewer = Pick<Actor, "userId" | "role">;
