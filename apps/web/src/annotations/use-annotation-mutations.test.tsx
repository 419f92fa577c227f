// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { meQuery } from "../queries/use-me.ts";
import { annotationsQuery } from "./annotation-query.ts";
import { annotationNotices } from "./notice-store.ts";
import { apiError, fakeApi, testQueryClient } from "./test-api.ts";
import { makeAnnotation, makeMe } from "./test-fixtures.ts";
import { useCreateAnnotation } from "./use-create-annotation.ts";
import { useDeleteAnnotation } from "./use-delete-annotation.ts";
import { useRestoreAnnotation } from "./use-restore-annotation.ts";
import { useUpdateAnnotation } from "./use-update-annotation.ts";

const slug = "2023-12-07-unsc-china";
let client = testQueryClient();
const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
const cached = () => client.getQueryData(annotationsQuery(slug).queryKey) ?? [];
const existing = makeAnnotation();

beforeEach(() => {
  client = testQueryClient();
  client.setQueryData(meQuery().queryKey, makeMe("analyst"));
  client.setQueryData(annotationsQuery(slug).queryKey, [existing]);
  annotationNotices.clear();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const request = {
  kind: "position" as const,
  target: { paragraphId: "p2", start: 0, end: 7, exact: "We urge" },
  attributes: { stance: "urges" as const },
};
const quote = { exact: "We urge", prefix: "", suffix: " all States to ratify" };

describe("useCreateAnnotation", () => {
  it("shows the annotation before the server answers, then swaps in the server's copy", async () => {
    let answer: (r: { status: number; body: unknown }) => void = () => undefined;
    const saved = makeAnnotation({ quote: { exact: "We urge", prefix: "", suffix: "" } });
    const { calls } = fakeApi({ [`POST /api/statements/${slug}/annotations`]: () => new Promise((r) => (answer = r)) });
    const { result } = renderHook(() => useCreateAnnotation(slug), { wrapper });

    act(() => result.current.mutate({ request, quote, optimisticId: "optimistic-1" }));
    await waitFor(() => expect(cached().map((a) => a.id)).toEqual([existing.id, "optimistic-1"]));
    expect(cached()[1]).toMatchObject({ quote, status: "proposed", version: 1, author: { name: "Ada Analyst" } });
    // Nothing can be done to it before the server has saved it and said what the user may do.
    expect(cached()[1]?.can).toEqual({ edit: false, delete: false, review: false, comment: false });
    expect(calls[0]?.body).toEqual(request);

    answer({ status: 201, body: { annotation: saved } });
    await waitFor(() => expect(cached()).toEqual([existing, saved]));
    expect(calls).toHaveLength(1); // no refetch of the list
  });

  it("takes the annotation out again and says why when the server refuses it", async () => {
    fakeApi({ [`POST /api/statements/${slug}/annotations`]: () => apiError(422, "invalid_target") });
    const { result } = renderHook(() => useCreateAnnotation(slug), { wrapper });
    act(() => result.current.mutate({ request, quote }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(cached()).toEqual([existing]);
    expect(annotationNotices.getSnapshot()).toMatchObject([
      { type: "error", message: expect.stringMatching(/text changed since you selected it/) },
    ]);
  });
});

describe("useUpdateAnnotation", () => {
  it("rolls back on failure", async () => {
    fakeApi({ [`PATCH /api/annotations/${existing.id}`]: () => apiError(500, "internal") });
    const { result } = renderHook(() => useUpdateAnnotation(slug), { wrapper });
    act(() => result.current.mutate({ annotation: existing, changes: { attributes: { stance: "opposes" } } }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(cached()).toEqual([existing]);
  });

  it("on a version conflict shows their version and offers to keep mine", async () => {
    const theirs = { ...existing, version: 2, attributes: { stance: "welcomes" } };
    const { calls } = fakeApi({
      [`PATCH /api/annotations/${existing.id}`]: () => apiError(409, "version_conflict", "stale", { current: theirs }),
    });
    const { result } = renderHook(() => useUpdateAnnotation(slug), { wrapper });
    act(() => result.current.mutate({ annotation: existing, changes: { attributes: { stance: "opposes" } } }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(cached()).toEqual([theirs]);
    expect(annotationNotices.getSnapshot()).toMatchObject([
      { type: "conflict", current: theirs, changes: { attributes: { stance: "opposes" } } },
    ]);
    expect(calls[0]?.body).toEqual({ attributes: { stance: "opposes" }, version: 1 });
  });
});

describe("useDeleteAnnotation and useRestoreAnnotation", () => {
  it("remove at once, offer undo, and put it back through the restore endpoint", async () => {
    const restored = { ...existing, version: 3 };
    const { calls } = fakeApi({
      [`DELETE /api/annotations/${existing.id}`]: () => ({ status: 204 }),
      [`POST /api/annotations/${existing.id}/restore`]: () => ({ status: 200, body: { annotation: restored } }),
    });
    const { result } = renderHook(() => ({ remove: useDeleteAnnotation(slug), restore: useRestoreAnnotation(slug) }), { wrapper });
    act(() => result.current.remove.mutate(existing));
    await waitFor(() => expect(cached()).toEqual([]));
    const notice = annotationNotices.getSnapshot()[0];
    if (notice?.type !== "deleted") throw new Error("expected a deleted notice");
    expect(calls[0]).toMatchObject({ method: "DELETE", search: "?version=1" });

    act(() => result.current.restore.mutate({ annotation: notice.annotation, deletion: notice.deletion }));
    await waitFor(() => expect(cached()).toEqual([restored]));
    expect(calls.map((c) => c.method)).toEqual(["DELETE", "POST"]);
  });

  it("send a deletion made while a save is on its way after that save, with the version it made", async () => {
    let answer: (r: { status: number; body: unknown }) => void = () => undefined;
    const saved = { ...existing, version: 2, attributes: { stance: "supports" as const } };
    const { calls } = fakeApi({
      [`PATCH /api/annotations/${existing.id}`]: () => new Promise((r) => (answer = r)),
      [`DELETE /api/annotations/${existing.id}`]: () => ({ status: 204 }),
    });
    const { result } = renderHook(() => ({ update: useUpdateAnnotation(slug), remove: useDeleteAnnotation(slug) }), { wrapper });
    act(() => result.current.update.mutate({ annotation: existing, changes: { attributes: { stance: "supports" } } }));
    await waitFor(() => expect(calls).toHaveLength(1));
    // Deleted at once on the page, as the item showed it (still at version 1 until the save answers).
    act(() => result.current.remove.mutate(cached()[0]!));
    await waitFor(() => expect(cached()).toEqual([]));
    expect(calls.map((c) => c.method)).toEqual(["PATCH"]);

    answer({ status: 200, body: { annotation: saved } });
    await waitFor(() => expect(result.current.remove.isSuccess).toBe(true));
    expect(calls.map((c) => [c.method, c.search])).toEqual([
      ["PATCH", ""],
      ["DELETE", "?version=2"],
    ]);
    expect(cached()).toEqual([]);
  });

  it("put the annotation back when the server refuses to delete it", async () => {
    fakeApi({ [`DELETE /api/annotations/${existing.id}`]: () => apiError(403, "forbidden") });
    const { result } = renderHook(() => useDeleteAnnotation(slug), { wrapper });
    act(() => result.current.mutate(existing));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(cached()).toEqual([existing]);
    expect(annotationNotices.getSnapshot()).toMatchObject([{ type: "error" }]);
  });
});
