import type { AnnotationEvent, CommentEvent } from "@verbatim/contract";
import { describe, expect, it, vi } from "vitest";
import { makeAnnotation } from "../annotations/test-fixtures.ts";
import { StatementStream, type StreamEnvironment, type StreamHandlers } from "./statement-stream.ts";

/** A stand-in for the browser's EventSource that the test drives. */
class FakeSource {
  static all: FakeSource[] = [];
  readyState = 0;
  onerror: (() => void) | null = null;
  closed = false;
  private listeners = new Map<string, ((e: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {
    FakeSource.all.push(this);
  }
  addEventListener(type: string, listener: (e: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  emit(type: string, data: unknown, lastEventId = "") {
    for (const l of this.listeners.get(type) ?? [])
      l({ data: typeof data === "string" ? data : JSON.stringify(data), lastEventId } as MessageEvent<string>);
  }
  fail(closed: boolean) {
    this.readyState = closed ? 2 : 0;
    this.onerror?.();
  }
}

function setup() {
  FakeSource.all = [];
  const timers: (() => void)[] = [];
  const env = {
    EventSource: FakeSource,
    setTimeout: (run: () => void) => timers.push(run),
    clearTimeout: () => undefined,
  } as unknown as StreamEnvironment;
  const handlers: StreamHandlers = {
    onReady: vi.fn(),
    onAnnotationEvent: vi.fn(),
    onCommentEvent: vi.fn(),
    onPresence: vi.fn(),
    onGiveUp: vi.fn(),
  };
  const stream = new StatementStream("/api/statements/s/events", handlers, env);
  stream.start();
  return { stream, handlers, timers, source: () => FakeSource.all.at(-1)! };
}

describe("StatementStream", () => {
  const created: AnnotationEvent = {
    id: "41",
    type: "annotation.created",
    actorId: "1c7f8b5f-9b62-4b66-8e2d-4f1f3c8b2d22",
    at: "2024-01-01T10:00:00.000Z",
    annotation: makeAnnotation(),
  };

  it("hands on ready, annotation events and presence, checked against the contract", () => {
    const { handlers, source } = setup();
    source().emit("ready", { resumed: false }, "40");
    source().emit("annotation.created", created, "41");
    source().emit("annotation.updated", { ...created, type: "annotation.updated", annotation: { id: "not a whole annotation" } }, "42");
    source().emit("annotation.deleted", "not json", "43");
    source().emit("presence", { readers: [{ id: created.actorId, name: "Ben Other" }] });
    expect(handlers.onReady).toHaveBeenCalledWith(false);
    expect(handlers.onAnnotationEvent).toHaveBeenCalledTimes(1);
    expect(handlers.onAnnotationEvent).toHaveBeenCalledWith(created);
    expect(handlers.onPresence).toHaveBeenCalledWith([{ id: created.actorId, name: "Ben Other" }]);
  });

  it("hands on comment events, checked against the contract", () => {
    const { handlers, source } = setup();
    const comment: CommentEvent = {
      id: "44",
      type: "comment.deleted",
      actorId: created.actorId,
      at: created.at,
      comment: { id: "00000000-0000-4000-8000-00000000c001", annotationId: created.annotation.id, version: 2 },
    };
    source().emit("comment.deleted", comment, "44");
    source().emit("comment.created", { ...comment, type: "comment.created" }, "45");
    expect(handlers.onCommentEvent).toHaveBeenCalledTimes(1);
    expect(handlers.onCommentEvent).toHaveBeenCalledWith(comment);
  });

  it("leaves reconnecting to EventSource while it tries, and reopens from the last ID once it gives up", () => {
    const { source, timers, handlers } = setup();
    const first = source();
    first.emit("ready", { resumed: false }, "40");
    first.emit("annotation.created", created, "41");
    first.fail(false);
    expect(timers).toHaveLength(0);
    expect(handlers.onGiveUp).not.toHaveBeenCalled();
    first.fail(true);
    expect(first.closed).toBe(true);
    expect(handlers.onGiveUp).toHaveBeenCalledTimes(1);
    timers.shift()!();
    expect(source()).not.toBe(first);
    expect(source().url).toBe("/api/statements/s/events?lastEventId=41");
  });

  it("backs off between reopenings, and opens nothing after stop()", () => {
    const { stream, source, timers } = setup();
    source().fail(true);
    timers.shift()!();
    expect(FakeSource.all).toHaveLength(2);
    stream.stop();
    expect(source().closed).toBe(true);
    source().fail(true);
    expect(timers).toHaveLength(0);
  });
});
