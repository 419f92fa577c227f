/**
 * The one NOTIFY channel every API instance LISTENs on. A payload is a statement's ID when it has new events,
 * `workspace:<workspace ID>` when the workspace has (the codebook's, for every statement's stream), or
 * `presence:<statement ID>` when who is reading it changed.
 */
export const LIVE_CHANNEL = "verbatim_events";

export const PRESENCE_PREFIX = "presence:";
export const WORKSPACE_PREFIX = "workspace:";

export const presencePayload = (statementId: string): string => `${PRESENCE_PREFIX}${statementId}`;

export type LiveNotice =
  { kind: "events"; statementId: string } | { kind: "presence"; statementId: string } | { kind: "workspace"; workspaceId: string };

export function parseLiveNotice(payload: string): LiveNotice {
  if (payload.startsWith(PRESENCE_PREFIX)) return { kind: "presence", statementId: payload.slice(PRESENCE_PREFIX.length) };
  if (payload.startsWith(WORKSPACE_PREFIX)) return { kind: "workspace", workspaceId: payload.slice(WORKSPACE_PREFIX.length) };
  return { kind: "events", statementId: payload };
}
