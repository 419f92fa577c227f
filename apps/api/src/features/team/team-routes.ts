import { endpoints } from "@verbatim/contract";
import { type Request, Router } from "express";
import type { Actor } from "../../auth/actor.ts";
import { setSessionCookies } from "../../auth/cookies.ts";
import { hitAddressLimit, throttlePasswordCheck } from "../../auth/password-throttle.ts";
import { safeEqual } from "../../auth/secrets.ts";
import { trustedOrigin } from "../../auth/trusted-origin.ts";
import { AppError } from "../../http/app-error.ts";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { presentMe } from "../account/me.ts";
import { acceptInvitation } from "./invitation-accept.ts";
import { createInvitation } from "./invitation-create.ts";
import { previewInvitation } from "./invitation-find.ts";
import { listInvitations } from "./invitation-list.ts";
import { revokeInvitation } from "./invitation-revoke.ts";
import { listMembers } from "./member-list.ts";
import { removeMember } from "./member-remove.ts";
import { updateMemberRole } from "./member-update-role.ts";

export function teamRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;

  mount(r, deps, endpoints.listMembers, ({ actor }) => listMembers(db, { viewer: actor, workspaceId: actor.workspaceId }));
  mount(r, deps, endpoints.updateMember, ({ actor, params, body }) =>
    updateMemberRole(db, { actor, userId: params.userId, role: body.role }),
  );
  mount(r, deps, endpoints.removeMember, ({ actor, params }) => removeMember(db, { actor, userId: params.userId }));

  mount(r, deps, endpoints.createInvitation, ({ actor, body }, req) =>
    createInvitation(db, { actor, ...body, baseUrl: trustedOrigin(deps.baseUrl, req) }),
  );
  mount(r, deps, endpoints.listInvitations, ({ actor }) => listInvitations(db, { workspaceId: actor.workspaceId }));
  mount(r, deps, endpoints.revokeInvitation, ({ actor, params }) =>
    revokeInvitation(db, { workspaceId: actor.workspaceId, id: params.id }),
  );

  mount(r, deps, endpoints.getInvitation, ({ params }) => previewInvitation(db, params.token));
  mount(r, deps, endpoints.acceptInvitation, async ({ actor, body, params, ip }, req, res) => {
    // Password guesses through an invitation count against the same budgets as sign-in.
    await hitAddressLimit(db, deps.rateLimits.loginPerIp, ip);
    if (body.account === "signed-in") requireSessionCsrf(actor, req);
    const join = () => acceptInvitation(db, { token: params.token, body, sessionActor: actor });
    const joined =
      body.account === "existing" ? await throttlePasswordCheck(db, deps.rateLimits.login, { email: body.email, ip }, join) : await join();
    setSessionCookies(req, res, joined.session.token, joined.session.csrfToken);
    return presentMe(db, joined.userId, joined.workspaceId, joined.session.csrfToken);
  });
  return r;
}

/** Joining as the signed-in user is a cookie-authenticated write on a public route: it needs the CSRF header. */
function requireSessionCsrf(actor: Actor | null, req: Request): void {
  if (!actor || actor.via !== "session") throw new AppError("unauthenticated", "sign in first, or accept with your email and password");
  const sent = req.get("x-csrf-token") ?? "";
  if (!actor.csrfToken || !safeEqual(sent, actor.csrfToken)) throw new AppError("csrf_failed", "missing or wrong X-CSRF-Token header");
}
