import { describe, expect, it } from "vitest";
import { parseLiveNotice, presencePayload } from "./live-channel.ts";
import { formatMessage } from "./sse-stream.ts";

describe("formatMessage", () => {
  it("writes id, event and one line of JSON data, ended by a blank line", () => {
    expect(formatMessage({ id: "12", event: "annotation.created", data: { note: "two\nlines" } })).toBe(
      'id: 12\nevent: annotation.created\ndata: {"note":"two\\nlines"}\n\n',
    );
  });

  it("leaves the id out of a message that must not move the client's Last-Event-ID", () => {
    expect(formatMessage({ event: "presence", data: { readers: [] } })).toBe('event: presence\ndata: {"readers":[]}\n\n');
  });
});

describe("parseLiveNotice", () => {
  it("tells new events from a change of readers", () => {
    const id = "6f1f2f3e-5a4b-4c3d-8e2f-1a0b9c8d7e6f";
    expect(parseLiveNotice(id)).toEqual({ kind: "events", statementId: id });
    expect(parseLiveNotice(presencePayload(id))).toEqual({ kind: "presence", statementId: id });
    expect(parseLiveNotice(`workspace:${id}`)).toEqual({ kind: "workspace", workspaceId: id });
  });
});
