/**
 * The one NOTIFY channel every API instance LISTENs on. A payload is a statement's ID when it has new events,
 * or `presence:<statement ID>` when who is reading it changed.
 */
export const LIVE_CHANNEL = "verbatim_events";

export const PRESENCE_PREFIX = "presence:";

export const presencePayload = (statementId: string): string => `${PRESENCE_PREFIX}${statementId}`;

export type LiveNotice = { kind: "events"; statementId: string } | { kind: "presence"; statementId: string };

export function parseLiveNotice(payload: string): LiveNotice {
  return payload.startsWith(PRESENCE_PREFIX)
    ? { kind: "presence", statementId: payload.slice(PRESENCE_PREFIX.length) }
    : { kind: "events", statementId: payload };
}
