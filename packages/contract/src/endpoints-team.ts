import * as Auth from "./auth.ts";
import { type Endpoint, read, write } from "./endpoint.ts";
import { IdParams, InvitationTokenParams, MemberParams } from "./path-params.ts";
import * as T from "./team.ts";

/** Team: members and invitations. */
export const teamEndpoints = {
  listMembers: {
    method: "get",
    path: "/api/members",
    summary: "The workspace's members, by name",
    access: "viewer",
    response: T.MemberList,
    status: 200,
    errors: read,
  },
  updateMember: {
    method: "patch",
    path: "/api/members/:userId",
    params: MemberParams,
    summary: "Change a member's role (the workspace keeps at least one admin)",
    access: "admin",
    body: T.UpdateMemberRequest,
    response: T.MemberResponse,
    status: 200,
    errors: [...write, "last_admin"],
  },
  removeMember: {
    method: "delete",
    path: "/api/members/:userId",
    params: MemberParams,
    summary: "Remove a member from the workspace (their annotations stay; their tokens for it are revoked)",
    access: "admin",
    status: 204,
    errors: [...write, "last_admin"],
  },
  createInvitation: {
    method: "post",
    path: "/api/invitations",
    summary: "Create an invitation link (shown once) that adds whoever opens it with the given role",
    access: "admin",
    body: T.CreateInvitationRequest,
    response: T.CreatedInvitation,
    status: 201,
    errors: write,
  },
  listInvitations: {
    method: "get",
    path: "/api/invitations",
    summary: "The workspace's invitations, newest first, with their status",
    access: "admin",
    response: T.InvitationList,
    status: 200,
    errors: read,
  },
  revokeInvitation: {
    method: "delete",
    path: "/api/invitations/:id",
    params: IdParams,
    summary: "Revoke an invitation so that its link no longer works",
    access: "admin",
    status: 204,
    errors: [...write, "invitation_unusable"],
  },
  getInvitation: {
    method: "get",
    path: "/api/invite/:token",
    params: InvitationTokenParams,
    summary: "What an invitation link offers: the workspace, the role and who invites",
    access: "public",
    response: T.InvitationPreview,
    status: 200,
    // validation_failed: a token holding text the database cannot store (U+0000).
    errors: ["not_found", "invitation_unusable", "validation_failed"],
  },
  acceptInvitation: {
    method: "post",
    path: "/api/invite/:token/accept",
    params: InvitationTokenParams,
    summary:
      "Join the workspace through an invitation link, with a new account, an existing one (email and password) or the " +
      "signed-in session (which then needs X-CSRF-Token); starts a session in that workspace",
    access: "public",
    body: T.AcceptInvitationRequest,
    response: Auth.Me,
    status: 201,
    errors: [
      "not_found",
      "invitation_unusable",
      "email_taken",
      "invalid_credentials",
      "conflict",
      "unauthenticated",
      "csrf_failed",
      "rate_limited",
      "validation_failed",
      "invalid_json",
      "payload_too_large",
      "unsupported_media_type",
    ],
  },
} as const satisfies Record<string, Endpoint>;
