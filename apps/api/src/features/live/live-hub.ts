import { randomBytes, randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Response } from "express";
import type { Logger } from "pino";
import type { Viewer } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { cursorOfEvent, latestCursor } from "./events-sql.ts";
import { enterPresence, leavePresence, PRESENCE_STALE_SECONDS, refreshPresence } from "./presence-sql.ts";
import { EventListener } from "./event-listener.ts";
import { parseLiveNotice } from "./live-channel.ts";
import { SseStream } from "./sse-stream.ts";
import { StatementFeed } from "./statement-feed.ts";
import type { Subscriber } from "./subscriber.ts";

export interface LiveHubOptions {
  databaseUrl: string;
  db: Db;
  logger: Logger;
  /** A comment on every stream (so proxies keep it open), a check that its reader may still read, a re-read. */
  heartbeatMs?: number;
  /** How often this instance marks its streams' readers as still there. */
  presenceMs?: number;
  staleSeconds?: number;
}

export interface StreamRequest {
  statement: { id: string; workspaceId: string };
  viewer: Viewer;
  /** Last-Event-ID (or ?lastEventId=) as sent; null for a fresh stream. */
  lastEventId: string | null;
  res: Response;
  currentViewer(): Promise<Viewer | null>;
}

/**
 * The live side of one API instance: one LISTEN connection, the open event streams by statement, and their
 * heartbeats. Everything here is about this instance's own connections; events and presence are in PostgreSQL.
 */
export class LiveHub {
  readonly instanceId = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  private readonly feeds = new Map<string, StatementFeed>();
  private readonly listener: EventListener;
  private readonly timers: NodeJS.Timeout[] = [];
  private stopping = false;

  constructor(private readonly opts: LiveHubOptions) {
    this.listener = new EventListener(
      opts.databaseUrl,
      {
        onNotice: (payload) => {
          const notice = parseLiveNotice(payload);
          if (notice.kind === "workspace") {
            for (const feed of this.feeds.values()) if (feed.workspaceId === notice.workspaceId) feed.poke();
            return;
          }
          const feed = this.feeds.get(notice.statementId);
          if (notice.kind === "events") feed?.poke();
          else feed?.pokePresence();
        },
        onReconnect: () => this.rereadAll(),
      },
      opts.logger,
    );
  }

  get listenerPid(): number | null {
    return this.listener.backendPid;
  }

  async start(): Promise<void> {
    await this.listener.start();
    this.timers.push(setInterval(() => this.heartbeat(), this.opts.heartbeatMs ?? 15_000));
    this.timers.push(setInterval(() => void this.refreshPresence(), this.opts.presenceMs ?? 10_000));
    for (const t of this.timers) t.unref();
  }

  /** Ends every stream (their clients reconnect elsewhere), forgets this instance's presence, stops listening. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const t of this.timers) clearInterval(t);
    await this.listener.stop();
    for (const feed of this.feeds.values()) {
      feed.stop();
      for (const s of feed.subscribers) s.stream.end();
    }
    this.feeds.clear();
    await leavePresence(this.opts.db, { instanceId: this.instanceId }).catch((err: unknown) =>
      this.opts.logger.warn({ err }, "live: could not clear this instance's presence"),
    );
  }

  /** Starts an event stream on the response: replays what was missed, then sends changes as they commit. */
  async open(r: StreamRequest): Promise<void> {
    const { db } = this.opts;
    const scope = { statementId: r.statement.id, workspaceId: r.statement.workspaceId };
    const resumeFrom = r.lastEventId === null ? null : await cursorOfEvent(db, scope, r.lastEventId);
    const cursor = resumeFrom ?? (await latestCursor(db, scope));
    const stream = new SseStream(r.res);
    const sub: Subscriber = {
      connectionId: randomUUID(),
      statementId: r.statement.id,
      userId: r.viewer.userId,
      viewer: r.viewer,
      stream,
      cursor,
      currentViewer: r.currentViewer,
    };
    const feed = this.feedFor(r.statement.id, r.statement.workspaceId);
    feed.subscribers.add(sub);
    r.res.once("close", () => void this.close(sub));
    stream.open();
    stream.send({ id: cursor.id, event: "ready", data: { resumed: resumeFrom !== null } });
    await enterPresence(db, { ...sub, instanceId: this.instanceId }).catch((err: unknown) =>
      this.opts.logger.error({ err }, "live: could not record presence"),
    );
    if (stream.closed) await this.close(sub);
    feed.poke();
  }

  private feedFor(statementId: string, workspaceId: string): StatementFeed {
    let feed = this.feeds.get(statementId);
    if (!feed) {
      feed = new StatementFeed(statementId, workspaceId, { ...this.opts, staleSeconds: this.opts.staleSeconds ?? PRESENCE_STALE_SECONDS });
      this.feeds.set(statementId, feed);
    }
    return feed;
  }

  private async close(sub: Subscriber): Promise<void> {
    const feed = this.feeds.get(sub.statementId);
    if (!feed?.subscribers.delete(sub) || this.stopping) return;
    if (feed.subscribers.size === 0) {
      feed.stop();
      this.feeds.delete(sub.statementId);
    }
    await leavePresence(this.opts.db, { connectionId: sub.connectionId }).catch((err: unknown) =>
      this.opts.logger.warn({ err }, "live: could not clear presence"),
    );
  }

  private rereadAll(): void {
    for (const feed of this.feeds.values()) {
      feed.poke();
      feed.pokePresence();
    }
  }

  private heartbeat(): void {
    for (const feed of this.feeds.values()) {
      for (const s of feed.subscribers) {
        s.stream.comment("heartbeat");
        void s.currentViewer().then(
          (viewer) => {
            if (viewer) s.viewer = viewer;
            else s.stream.end();
          },
          () => {},
        );
      }
      // A notice can be lost without the connection failing visibly; this bounds how long that would go unseen.
      feed.poke();
    }
  }

  private async refreshPresence(): Promise<void> {
    const ids = [...this.feeds.values()].flatMap((f) => [...f.subscribers].map((s) => s.connectionId));
    await refreshPresence(this.opts.db, ids, this.opts.staleSeconds).catch((err: unknown) =>
      this.opts.logger.warn({ err }, "live: could not refresh presence"),
    );
  }
}
