import { Readers } from "@verbatim/contract";
import type { Logger } from "pino";
import type { Viewer } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { type EventCursor, isAfter } from "./event-cursor.ts";
import { readEventsSince, type StoredEvent } from "./events-sql.ts";
import { listReaders } from "./presence-sql.ts";
import { formatMessage } from "./sse-stream.ts";
import { type LiveEvent, presentLiveEvent, readStoredEvent } from "./stored-event.ts";
import type { Subscriber } from "./subscriber.ts";

/**
 * While committed events wait behind an older running transaction (often one that writes no event, so no
 * notice will come), read again: soon at first, as such transactions are short, then less often.
 */
const HELD_POLL_MS = [10, 25, 50, 75];
/** After a failed read (the database is restarting, say). */
const ERROR_RETRY_MS = 1_000;
const BATCH = 500;

export interface FeedOptions {
  db: Db;
  logger: Logger;
  staleSeconds: number;
}

/**
 * The streams of one statement on this instance. Each notice leads to one read for all of them, from the
 * earliest cursor among them, and each stream is sent what lies after its own cursor. Reads never overlap: a
 * notice during a read just asks for one more.
 */
export class StatementFeed {
  readonly subscribers = new Set<Subscriber>();
  private reading = false;
  private again = false;
  private heldTimer: NodeJS.Timeout | null = null;
  private heldPolls = 0;
  private presenceBusy = false;
  private presenceAgain = false;

  constructor(
    readonly statementId: string,
    /** Its workspace: the feed carries the workspace's own events (the codebook's) too. */
    readonly workspaceId: string,
    private readonly opts: FeedOptions,
  ) {}

  /** Reads and sends new events (now, or after the read under way). */
  poke(): void {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = true;
    void this.readLoop().finally(() => {
      this.reading = false;
      // A notice between the loop's last check and here would otherwise wait for the next one.
      if (this.again) this.poke();
    });
  }

  /** Sends every stream the statement's current readers. */
  pokePresence(): void {
    if (this.presenceBusy) {
      this.presenceAgain = true;
      return;
    }
    this.presenceBusy = true;
    void this.presenceLoop().finally(() => {
      this.presenceBusy = false;
      if (this.presenceAgain) this.pokePresence();
    });
  }

  stop(): void {
    if (this.heldTimer) clearTimeout(this.heldTimer);
    this.heldTimer = null;
  }

  private async readLoop(): Promise<void> {
    do {
      this.again = false;
      // Streams that join during the read wait for the next one: this read may start after their cursor.
      const readers = [...this.subscribers].filter((s) => !s.stream.closed);
      if (readers.length === 0) return;
      const from = readers.map((s) => s.cursor).reduce((a, b) => (isAfter(a, b) ? b : a));
      try {
        const { events, held } = await readEventsSince(
          this.opts.db,
          { statementId: this.statementId, workspaceId: this.workspaceId },
          from,
          BATCH,
        );
        const live = events.flatMap((e) => this.readable(e));
        const frames = new FrameCache();
        for (const s of readers) deliver(s, live, (e) => frames.frameFor(e, s.viewer));
        if (events.length > 0) this.heldPolls = 0;
        if (events.length === BATCH) this.again = true;
        else if (held) this.pollSoon();
      } catch (err) {
        this.opts.logger.error({ err, statementId: this.statementId }, "live: could not read events");
        this.again = false;
        this.pollSoon(ERROR_RETRY_MS);
        return;
      }
    } while (this.again);
  }

  /** The event with its record read; one whose payload cannot be read is a bug, logged and skipped. */
  private readable(e: StoredEvent): Message[] {
    const event = readStoredEvent(e);
    if (event) return [{ at: { txId: e.txId, id: e.id }, event }];
    this.opts.logger.error({ eventId: e.id, type: e.type }, "live: an event's payload cannot be read");
    return [];
  }

  private pollSoon(delay?: number): void {
    if (this.heldTimer || this.subscribers.size === 0) return;
    const wait = delay ?? HELD_POLL_MS[Math.min(this.heldPolls++, HELD_POLL_MS.length - 1)]!;
    this.heldTimer = setTimeout(() => {
      this.heldTimer = null;
      this.poke();
    }, wait);
  }

  private async presenceLoop(): Promise<void> {
    do {
      this.presenceAgain = false;
      if (this.subscribers.size === 0) return;
      try {
        const data = Readers.parse({ readers: await listReaders(this.opts.db, this.statementId, this.opts.staleSeconds) });
        const frame = formatMessage({ event: "presence", data });
        for (const s of this.subscribers) s.stream.sendFormatted(frame);
      } catch (err) {
        this.opts.logger.error({ err, statementId: this.statementId }, "live: could not list readers");
      }
    } while (this.presenceAgain);
  }
}

interface Message {
  at: EventCursor;
  event: LiveEvent;
}

function deliver(s: Subscriber, messages: Message[], frameOf: (e: LiveEvent) => string): void {
  for (const m of messages) {
    if (!isAfter(m.at, s.cursor)) continue;
    s.stream.sendFormatted(frameOf(m.event));
    s.cursor = m.at;
  }
}

/**
 * Each reader gets events as presented for them, but readers who may do the same with an event's subject get the
 * same frame: an event is formatted once per distinct set of abilities, not once per reader.
 */
class FrameCache {
  private readonly frames = new Map<string, string>();

  frameFor(e: LiveEvent, viewer: Viewer): string {
    const data = presentLiveEvent(e, viewer);
    // A recoded or codebook event carries no abilities: the same frame for every reader.
    const subject = "annotation" in data ? data.annotation : "comment" in data ? data.comment : "statement" in data ? data.statement : {};
    const key = `${e.id} ${"can" in subject ? JSON.stringify(subject.can) : ""}`;
    let frame = this.frames.get(key);
    if (frame === undefined) {
      frame = formatMessage({ id: e.id, event: e.type, data });
      this.frames.set(key, frame);
    }
    return frame;
  }
}
