import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import { clearSessionCookies, setSessionCookies } from "../../auth/cookies.ts";
import { hitAddressLimit, throttlePasswordCheck } from "../../auth/password-throttle.ts";
import { hitRateLimit } from "../../auth/rate-limit.ts";
import { createSession, deleteSession } from "../../auth/sessions.ts";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { createWorkspaceForUser } from "./create-workspace-for-user.ts";
import { presentMe } from "./me.ts";
import { presentWorkspace } from "./workspace.ts";
import { logIn } from "./log-in.ts";
import { loadSampleStatements, sampleStatements } from "../statements/sample-statements.ts";
import { setupFirstAdmin, setupNeeded } from "./setup-first-admin.ts";
import { AppError } from "../../http/app-error.ts";

export function authRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;

  mount(r, deps, endpoints.setupStatus, async () => ({
    needed: await setupNeeded(db),
    samples: (await sampleStatements()).map(({ key, title, delegation }) => ({ key, title, delegation })),
  }));

  mount(r, deps, endpoints.setup, async ({ body, ip }, req, res) => {
    await hitRateLimit(db, `setup:${ip}`, deps.rateLimits.setup);
    const { user, workspace } = await setupFirstAdmin(db, body);
    const session = await createSession(db, user.id, workspace.id);
    if (body.loadSamples) {
      const actor = {
        userId: user.id,
        name: user.name,
        email: user.email,
        workspaceId: workspace.id,
        role: "admin" as const,
        via: "session" as const,
      };
      await loadSampleStatements(db, actor);
    }
    setSessionCookies(req, res, session.token, session.csrfToken);
    return presentMe(db, user.id, workspace.id, session.csrfToken);
  });

  mount(r, deps, endpoints.login, async ({ body, ip }, req, res) => {
    await hitAddressLimit(db, deps.rateLimits.loginPerIp, ip);
    const session = await throttlePasswordCheck(db, deps.rateLimits.login, { email: body.email, ip }, () => logIn(db, body));
    setSessionCookies(req, res, session.token, session.csrfToken);
  });

  mount(r, deps, endpoints.logout, async ({ actor }, req, res) => {
    if (!actor.sessionId) {
      throw new AppError("not_a_session", "log-out ends a browser session; revoke an API token with DELETE /api/tokens/:id instead");
    }
    await deleteSession(db, actor.sessionId);
    clearSessionCookies(req, res);
  });

  mount(r, deps, endpoints.me, async ({ actor }) => presentMe(db, actor.userId, actor.workspaceId, actor.csrfToken ?? null));

  mount(r, deps, endpoints.switchWorkspace, async ({ actor, body }) => {
    if (actor.via !== "session") throw new AppError("forbidden", "an API token acts in the workspace it was made for");
    const member = await db.membership.findUnique({
      where: { userId_workspaceId: { userId: actor.userId, workspaceId: body.workspaceId } },
    });
    if (!member) throw new AppError("not_found", "workspace not found");
    await db.session.update({ where: { id: actor.sessionId! }, data: { workspaceId: body.workspaceId } });
    return presentMe(db, actor.userId, body.workspaceId, actor.csrfToken ?? null);
  });

  // The session stays in the workspace it was in: switching is the client's next call (a token cannot switch).
  mount(r, deps, endpoints.createWorkspace, async ({ actor, body }) => {
    const workspace = await createWorkspaceForUser(db, { userId: actor.userId, name: body.name });
    return { workspace: presentWorkspace(workspace, "admin") };
  });
  return r;
}
