// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { annotationsQuery } from "../annotations/annotation-query.ts";
import { annotationNotices } from "../annotations/notice-store.ts";
import { rememberSavedId, resolveAnnotationId } from "../annotations/saved-ids.ts";
import { fakeApi, testQueryClient } from "../annotations/test-api.ts";
import { makeAnnotation, makeMe } from "../annotations/test-fixtures.ts";
import { meQuery } from "./use-me.ts";
import { useLogout } from "./use-logout.ts";
import { setupStatusQuery } from "./use-setup-status.ts";

const slug = "2023-12-07-unsc-china";
let client = testQueryClient();
const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;

/** What a session leaves in memory: its cache, a saved tag's ID, a notice. */
function leaveSessionState() {
  client.setQueryData(meQuery().queryKey, makeMe("analyst"));
  client.setQueryData(setupStatusQuery().queryKey, { needed: false, samples: [] });
  client.setQueryData(annotationsQuery(slug).queryKey, [makeAnnotation()]);
  rememberSavedId("optimistic-1", "00000000-0000-4000-8000-000000000099");
  annotationNotices.add({ type: "info", message: "Tag saved." });
}

beforeEach(() => {
  client = testQueryClient();
  leaveSessionState();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("useLogout", () => {
  it.each([
    ["the API ends the session", 204],
    ["the session had already expired", 401],
  ])("forgets the session's cache and stores when %s", async (_case, status) => {
    const body = status === 401 ? { error: { code: "unauthenticated", message: "signed out", details: null } } : undefined;
    fakeApi({ "POST /api/auth/logout": () => ({ status, body }) });
    expect(resolveAnnotationId("optimistic-1")).not.toBe("optimistic-1");
    expect(annotationNotices.getSnapshot()).toHaveLength(1);

    const { result } = renderHook(() => useLogout(), { wrapper });
    act(() => result.current.mutate());
    await waitFor(() => expect(result.current.isSuccess).toBe(true));

    expect(resolveAnnotationId("optimistic-1")).toBe("optimistic-1");
    expect(annotationNotices.getSnapshot()).toEqual([]);
    expect(client.getQueryData(annotationsQuery(slug).queryKey)).toBeUndefined();
    expect(client.getQueryData(meQuery().queryKey)).toBeNull();
    // The first-run status is not the session's: the sign-in page needs it at once.
    expect(client.getQueryData(setupStatusQuery().queryKey)).toEqual({ needed: false, samples: [] });
  });

  it("keeps everything when the API refuses to sign out", async () => {
    fakeApi({ "POST /api/auth/logout": () => ({ status: 500, body: { error: { code: "internal", message: "down", details: null } } }) });
    const { result } = renderHook(() => useLogout(), { wrapper });
    act(() => result.current.mutate());
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(resolveAnnotationId("optimistic-1")).not.toBe("optimistic-1");
    expect(annotationNotices.getSnapshot()).toHaveLength(1);
  });
});
