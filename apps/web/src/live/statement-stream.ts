import {
  ANNOTATION_EVENT_TYPES,
  AnnotationEvent,
  COMMENT_EVENT_TYPES,
  CommentEvent,
  CODEBOOK_EVENT_TYPES,
  CodebookEvent,
  Readers,
  RECODED_EVENT_TYPE,
  RecodedEvent,
  STATEMENT_LIFECYCLE_EVENT_TYPES,
  StatementLifecycleEvent,
  StreamReady,
} from "@verbatim/contract";
import type { z } from "zod";

export interface StreamHandlers {
  /** The stream (re)started; `resumed` is false when it could not continue from the last event seen. */
  onReady(resumed: boolean): void;
  onAnnotationEvent(event: AnnotationEvent): void;
  /** A codebook operation changed the codes of some of the statement's annotations. */
  onRecodedEvent?(event: RecodedEvent): void;
  /** The workspace's codebook changed (a code renamed, merged, …): one event per operation. */
  onCodebookEvent?(event: CodebookEvent): void;
  onCommentEvent(event: CommentEvent): void;
  /** The statement itself was edited, deleted or restored. */
  onStatementEvent?(event: StatementLifecycleEvent): void;
  onPresence(readers: Readers["readers"]): void;
  /** The connection failed for good (the server refused it, say because the session ended); a retry is scheduled. */
  onGiveUp?(): void;
}

/** What the stream needs of the browser; a fake in tests. */
export interface StreamEnvironment {
  EventSource: new (url: string, init?: EventSourceInit) => EventSource;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

/**
 * A statement's event stream. While the connection only drops, EventSource reconnects by itself and sends
 * Last-Event-ID. When it gives up (the server answered with an error, say), this opens it again after a backoff,
 * passing the last ID seen as ?lastEventId= since a new EventSource cannot set the header.
 */
export class StatementStream {
  private source: EventSource | null = null;
  private lastEventId: string | null = null;
  private retryMs = FIRST_RETRY_MS;
  private timer: unknown = null;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly handlers: StreamHandlers,
    private readonly env: StreamEnvironment = globalThis,
  ) {}

  start(): void {
    this.stopped = false;
    // Without EventSource (an old browser, a test DOM) the page still works; it just is not live.
    if (typeof this.env.EventSource === "function") this.open();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.env.clearTimeout(this.timer);
    this.timer = null;
    this.source?.close();
    this.source = null;
  }

  private open(): void {
    const url = this.lastEventId === null ? this.url : `${this.url}?lastEventId=${encodeURIComponent(this.lastEventId)}`;
    const source = new this.env.EventSource(url, { withCredentials: true });
    this.source = source;
    this.listen(source, "ready", StreamReady, (ready) => {
      this.retryMs = FIRST_RETRY_MS;
      this.handlers.onReady(ready.resumed);
    });
    for (const type of ANNOTATION_EVENT_TYPES) this.listen(source, type, AnnotationEvent, (e) => this.handlers.onAnnotationEvent(e));
    this.listen(source, RECODED_EVENT_TYPE, RecodedEvent, (e) => this.handlers.onRecodedEvent?.(e));
    for (const type of CODEBOOK_EVENT_TYPES) this.listen(source, type, CodebookEvent, (e) => this.handlers.onCodebookEvent?.(e));
    for (const type of COMMENT_EVENT_TYPES) this.listen(source, type, CommentEvent, (e) => this.handlers.onCommentEvent(e));
    for (const type of STATEMENT_LIFECYCLE_EVENT_TYPES)
      this.listen(source, type, StatementLifecycleEvent, (e) => this.handlers.onStatementEvent?.(e));
    this.listen(source, "presence", Readers, (p) => this.handlers.onPresence(p.readers));
    source.onerror = () => {
      if (source.readyState !== 2 /* CLOSED */ || this.stopped) return;
      source.close();
      this.handlers.onGiveUp?.();
      this.timer = this.env.setTimeout(() => {
        this.timer = null;
        if (!this.stopped) this.open();
      }, this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    };
  }

  private listen<S extends z.ZodType>(source: EventSource, type: string, schema: S, handle: (data: z.output<S>) => void): void {
    source.addEventListener(type, (message) => {
      const { data, lastEventId } = message as MessageEvent<string>;
      if (lastEventId) this.lastEventId = lastEventId;
      let json: unknown;
      try {
        json = JSON.parse(data);
      } catch {
        return;
      }
      const parsed = schema.safeParse(json);
      if (parsed.success) handle(parsed.data);
    });
  }
}
