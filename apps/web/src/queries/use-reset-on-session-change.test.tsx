// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { annotationsQuery } from "../annotations/annotation-query.ts";
import { annotationNotices } from "../annotations/notice-store.ts";
import { testQueryClient } from "../annotations/test-api.ts";
import { makeAnnotation, makeMe, OTHER } from "../annotations/test-fixtures.ts";
import type { Me } from "./use-me.ts";
import { useResetOnSessionChange } from "./use-reset-on-session-change.ts";

const slug = "2023-12-07-unsc-china";
let client = testQueryClient();
const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
const analyst = makeMe("analyst");
const sessionStateKept = () =>
  annotationNotices.getSnapshot().length === 1 && client.getQueryData(annotationsQuery(slug).queryKey) !== undefined;

beforeEach(() => {
  client = testQueryClient();
  client.setQueryData(annotationsQuery(slug).queryKey, [makeAnnotation()]);
  annotationNotices.add({ type: "info", message: "Tag saved." });
});
afterEach(() => {
  cleanup();
  annotationNotices.clear();
});

function watchSession(me: Me | null | undefined) {
  return renderHook((props: { me: Me | null | undefined }) => useResetOnSessionChange(props.me), { wrapper, initialProps: { me } });
}

describe("useResetOnSessionChange", () => {
  it("forgets the session's cache and stores when the session ends", () => {
    const { rerender } = watchSession(analyst);
    rerender({ me: { ...analyst } });
    expect(sessionStateKept()).toBe(true);
    rerender({ me: null });
    expect(annotationNotices.getSnapshot()).toEqual([]);
    expect(client.getQueryData(annotationsQuery(slug).queryKey)).toBeUndefined();
  });

  it("forgets them when another user or another workspace takes the session's place", () => {
    const { rerender } = watchSession(analyst);
    rerender({ me: makeMe("analyst", OTHER) });
    expect(sessionStateKept()).toBe(false);
    annotationNotices.add({ type: "info", message: "Tag saved." });
    rerender({ me: { ...analyst, workspace: { ...analyst.workspace, id: "7a2a3b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b" } } });
    expect(annotationNotices.getSnapshot()).toEqual([]);
  });

  it("changes nothing while the session loads, nor when it first arrives", () => {
    const { rerender } = watchSession(undefined);
    rerender({ me: analyst });
    rerender({ me: { ...analyst, workspace: { ...analyst.workspace, role: "reviewer" } } });
    expect(sessionStateKept()).toBe(true);
  });
});
