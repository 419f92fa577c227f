// @vitest-environment jsdom
import type { Annotation } from "@verbatim/contract";
import { QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type Me, meQuery } from "../queries/use-me.ts";
import { annotationsQuery } from "./annotation-query.ts";
import { AnnotationPanel } from "./annotation-panel.tsx";
import { annotationNotices } from "./notice-store.ts";
import { fakeApi, testQueryClient } from "./test-api.ts";
import { makeAnnotation, makeMe, OTHER, OWN_ANNOTATION, READ_ONLY } from "./test-fixtures.ts";
import { instrumentsQuery } from "./use-vocabulary.ts";

const slug = "2023-12-07-unsc-china";
const statement = {
  paragraphs: [
    { id: "p1", number: 1 },
    { id: "p2", number: 2 },
    { id: "p7", number: 3 },
  ],
};
const mine = makeAnnotation({ quote: { exact: "supports multilateralism", prefix: "", suffix: "" }, labels: ["priority"] });
const theirs = makeAnnotation({
  kind: "commitment",
  target: { paragraphId: "p7", start: 0, end: 9 },
  quote: { exact: "will contribute", prefix: "", suffix: "" },
  attributes: { strength: "pledge", action: "fund training" },
  author: OTHER,
  status: "accepted",
  can: { ...READ_ONLY, comment: true },
});

function setup(me: Me, annotations: Annotation[] = [mine, theirs]) {
  const client = testQueryClient();
  client.setQueryData(meQuery().queryKey, me);
  client.setQueryData(instrumentsQuery().queryKey, { items: [] });
  client.setQueryData(annotationsQuery(slug).queryKey, annotations);
  const onSelect = vi.fn();
  const onReveal = vi.fn();
  const view = (selectedId: string | null) => (
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <AnnotationPanel
          slug={slug}
          statement={statement}
          annotations={annotations}
          selectedId={selectedId}
          onSelect={onSelect}
          onReveal={onReveal}
        />
      </MemoryRouter>
    </QueryClientProvider>
  );
  const { rerender } = render(view(null));
  return { client, onSelect, onReveal, select: (id: string | null) => rerender(view(id)) };
}

function itemOf(quote: string): HTMLElement {
  const item = screen.getByText(`“${quote}”`).closest("li");
  if (!item) throw new Error(`no item for ${quote}`);
  return item;
}

beforeEach(() => annotationNotices.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("AnnotationPanel", () => {
  it("lists quote, paragraph, attributes, author and status, and counts them", () => {
    setup(makeMe("analyst"));
    expect(screen.getByText("2 annotations")).toBeTruthy();
    const second = screen.getByText("“will contribute”").closest("li");
    if (!second) throw new Error("no item");
    const item = within(second);
    expect(item.getByText("¶3 · p7")).toBeTruthy();
    expect(item.getByText("Pledge")).toBeTruthy();
    expect(item.getByText("fund training")).toBeTruthy();
    expect(item.getByText(/Ben Other/)).toBeTruthy();
    expect(item.getByText("Accepted")).toBeTruthy();
  });

  it("filters by kind, author, status and label", () => {
    setup(makeMe("analyst"));
    fireEvent.change(screen.getByLabelText("Kind"), { target: { value: "commitment" } });
    expect(screen.getByText("2 annotations, 1 shown")).toBeTruthy();
    expect(screen.queryByText("supports multilateralism")).toBeNull();
    fireEvent.change(screen.getByLabelText("Kind"), { target: { value: "" } });
    fireEvent.change(screen.getByLabelText("Label"), { target: { value: "priority" } });
    expect(screen.queryByText("will contribute")).toBeNull();
    fireEvent.change(screen.getByLabelText("Status"), { target: { value: "accepted" } });
    expect(screen.getByText("No annotations match these filters.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(screen.getByText("2 annotations")).toBeTruthy();
    expect(
      within(screen.getByLabelText("Author"))
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Everyone", "Ada Analyst", "Ben Other"]);
  });

  it("selects and reveals an item on click, and marks the selected one", () => {
    const { onSelect, onReveal, select } = setup(makeMe("analyst"));
    fireEvent.click(screen.getByRole("button", { name: "“will contribute”" }));
    expect(onSelect).toHaveBeenCalledWith(theirs.id);
    expect(onReveal).toHaveBeenCalledWith(theirs.id);
    select(theirs.id);
    expect(screen.getByText("“will contribute”").closest("li")?.getAttribute("aria-current")).toBe("true");
    expect(screen.getByText("“supports multilateralism”").closest("li")?.getAttribute("aria-current")).toBeNull();
  });

  it("offers edit and delete only where the API says the user may, whatever their role", () => {
    setup(makeMe("analyst"));
    expect(screen.getAllByRole("button", { name: "Edit" })).toHaveLength(1);
    expect(within(itemOf("will contribute")).queryByRole("button", { name: "Edit" })).toBeNull();
    cleanup();
    setup(makeMe("admin"), [mine, { ...theirs, can: OWN_ANNOTATION }]);
    expect(screen.getAllByRole("button", { name: "Delete" })).toHaveLength(2);
    cleanup();
    setup(makeMe("viewer"), [{ ...mine, can: READ_ONLY }, theirs]);
    expect(screen.queryByRole("button", { name: "Edit" })).toBeNull();
    cleanup();
    setup(makeMe("analyst"), [{ ...mine, can: { ...OWN_ANNOTATION, delete: false } }]);
    expect(screen.getByRole("button", { name: "Edit" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Delete" })).toBeNull();
  });

  it("offers nothing on an annotation still being saved", () => {
    setup(makeMe("analyst"), [{ ...mine, id: "optimistic-1", can: READ_ONLY }]);
    expect(within(itemOf("supports multilateralism")).getByText("Saving…")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Edit" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Delete" })).toBeNull();
  });

  it("deletes with an undo notice; Ctrl+Z restores", async () => {
    const { calls } = fakeApi({
      [`DELETE /api/annotations/${mine.id}`]: () => ({ status: 204 }),
      [`POST /api/annotations/${mine.id}/restore`]: () => ({ status: 200, body: { annotation: { ...mine, version: 3 } } }),
    });
    const { client } = setup(makeMe("analyst"));
    fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    const status = await screen.findByRole("status");
    await waitFor(() => expect(within(status).getByText("Annotation deleted.")).toBeTruthy());
    expect(within(status).getByRole("button", { name: "Undo" })).toBeTruthy();
    act(() => {
      fireEvent.keyDown(document.body, { key: "z", ctrlKey: true });
    });
    // The panel also reads the statement's comments (GET); the writes are the deletion and its undo.
    await waitFor(() => expect(calls.filter((c) => c.method !== "GET").map((c) => c.method)).toEqual(["DELETE", "POST"]));
    await waitFor(() => expect(client.getQueryData(annotationsQuery(slug).queryKey)?.map((a) => a.version)).toEqual([1, 3]));
  });

  it("has an empty state", () => {
    setup(makeMe("analyst"), []);
    expect(screen.getByText("0 annotations")).toBeTruthy();
    expect(screen.getByText(/No annotations yet/)).toBeTruthy();
  });
});
