// @vitest-environment jsdom
import { CodebookChange, CodeList } from "@verbatim/contract";
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryRouter, Outlet, Route, Routes } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { apiError, type Call, fakeApi, testQueryClient, type Route as FakeRoute } from "../annotations/test-api.ts";
import { makeMe } from "../annotations/test-fixtures.ts";
import type { Code } from "../queries/codebook-query.ts";
import { CodebookPage } from "./codebook-page.tsx";
import { codebookNotices } from "./codebook-notices.ts";
import { makeCode } from "./test-codes.ts";

const crime = makeCode({
  name: "crime",
  uses: 3,
  definition: "Offences of any kind",
  guidance: { use: "Any offence", avoid: "Civil disputes" },
});
const cyber = makeCode({ name: "cybercrime", parentId: crime.id, uses: 2 });
const urgent = makeCode({ type: "label", name: "urgent", uses: 1 });
const priority = makeCode({ type: "label", name: "priority", uses: 4, status: "new" });
const UNDO = "9b2f6a0e-4c1d-4e7b-9a55-0c3e2d1f8a77";

const preview = { count: 0, statements: 0, items: [] };

function setup(govern: boolean, extra: Record<string, FakeRoute> = {}, codes: Code[] = [crime, cyber, urgent, priority]) {
  const list = { items: codes, can: { create: true, govern } };
  expect(CodeList.safeParse(list).success).toBe(true);
  const api = fakeApi({
    "GET /api/codebook/codes": () => ({ status: 200, body: list }),
    "GET /api/exports/preview": () => ({ status: 200, body: preview }),
    ...extra,
  });
  render(
    <QueryClientProvider client={testQueryClient()}>
      <MemoryRouter>
        <Routes>
          <Route element={<Outlet context={makeMe(govern ? "reviewer" : "analyst")} />}>
            <Route path="*" element={<CodebookPage />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return api;
}

const writes = (calls: Call[]) => calls.filter((c) => c.method !== "GET");
const change = (code: Code | null, annotations = 0) => {
  const body = { code, annotations, undo: UNDO };
  expect(CodebookChange.safeParse(body).success).toBe(true);
  return { status: 200, body };
};

afterEach(() => {
  cleanup();
  codebookNotices.clear();
  vi.unstubAllGlobals();
});

describe("CodebookPage", () => {
  it("shows topics and labels as trees that the arrow keys open and move through", async () => {
    setup(false);
    const topics = await screen.findByRole("tree", { name: "Topics" });
    expect(screen.getByRole("tree", { name: "Labels" })).toBeTruthy();
    const [first] = within(topics).getAllByRole("treeitem");
    expect(first).toHaveProperty("tabIndex", 0);
    expect(first!.getAttribute("aria-level")).toBe("1");
    expect(within(topics).queryByText("cybercrime")).toBeNull();

    first!.focus();
    fireEvent.keyDown(first!, { key: "ArrowRight" });
    expect(first!.getAttribute("aria-expanded")).toBe("true");
    expect(within(first!).getByText("Offences of any kind")).toBeTruthy();
    expect(within(first!).getByText("Civil disputes")).toBeTruthy();
    fireEvent.keyDown(first!, { key: "ArrowDown" });
    const child = within(topics).getByRole("treeitem", { name: /^cybercrime/ });
    expect(document.activeElement).toBe(child);
    expect(child.getAttribute("aria-level")).toBe("2");
    fireEvent.keyDown(child, { key: "ArrowLeft" });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first!, { key: "Enter" });
    expect(await screen.findByRole("region", { name: "crime" })).toBeTruthy();
  });

  it("focuses the filter on /, and the filter keeps a match's parents", async () => {
    setup(false);
    await screen.findByRole("tree", { name: "Topics" });
    fireEvent.keyDown(document.body, { key: "/" });
    const filter = screen.getByLabelText("Filter codes");
    expect(document.activeElement).toBe(filter);
    fireEvent.change(filter, { target: { value: "cyber" } });
    const topics = screen.getByRole("tree", { name: "Topics" });
    expect(
      within(topics)
        .getAllByRole("treeitem")
        .map((t) => t.getAttribute("aria-level")),
    ).toEqual(["1"]);
    expect(screen.getByText("None match the filter.")).toBeTruthy();
  });

  it("offers governing actions and the review list only when the API says the member may govern", async () => {
    setup(false);
    fireEvent.click(await screen.findByText("urgent"));
    const details = await screen.findByRole("region", { name: "urgent" });
    expect(within(details).queryByRole("button", { name: "Rename" })).toBeNull();
    expect(screen.queryByRole("region", { name: /New codes to review/ })).toBeNull();
    expect(screen.getByRole("button", { name: "New code" })).toBeTruthy();
  });

  it("renames in place with the version seen, and Undo in the notice calls the undo endpoint", async () => {
    const api = setup(true, {
      [`PATCH /api/codebook/codes/${urgent.id}`]: () => change({ ...urgent, name: "pressing", version: 2 }),
      [`POST /api/codebook/undo/${UNDO}`]: () => ({ status: 200, body: { undone: "renamed", annotations: 0 } }),
    });
    fireEvent.click(await screen.findByText("urgent"));
    const details = await screen.findByRole("region", { name: "urgent" });
    fireEvent.click(within(details).getByRole("button", { name: "Rename" }));
    fireEvent.change(screen.getByLabelText("New name"), { target: { value: "pressing" } });
    fireEvent.submit(screen.getByRole("form", { name: "Rename urgent" }));
    const notice = await screen.findByText("Renamed ‘urgent’ to ‘pressing’");
    expect(writes(api.calls)[0]).toMatchObject({ method: "PATCH", body: { version: 1, name: "pressing" } });
    fireEvent.click(within(notice.closest(".notice") as HTMLElement).getByRole("button", { name: "Undo" }));
    await waitFor(() => expect(writes(api.calls).map((c) => c.path)).toContain(`/api/codebook/undo/${UNDO}`));
    expect(await screen.findByText("Undone")).toBeTruthy();
  });

  it("offers to merge into the code a rename clashes with", async () => {
    const api = setup(true, {
      [`PATCH /api/codebook/codes/${urgent.id}`]: () =>
        apiError(409, "code_exists", "exists", { existing: { id: priority.id, name: priority.name } }),
      [`POST /api/codebook/codes/${urgent.id}/merge`]: () => change(priority, 1),
    });
    fireEvent.click(await screen.findByText("urgent"));
    fireEvent.click(within(await screen.findByRole("region", { name: "urgent" })).getByRole("button", { name: "Rename" }));
    fireEvent.change(screen.getByLabelText("New name"), { target: { value: "Priority" } });
    fireEvent.submit(screen.getByRole("form", { name: "Rename urgent" }));
    fireEvent.click(await screen.findByRole("button", { name: "Merge into ‘priority’" }));
    expect(await screen.findByText("Merged ‘urgent’ into ‘priority’ · 1 annotation")).toBeTruthy();
    expect(writes(api.calls).at(-1)).toMatchObject({ path: `/api/codebook/codes/${urgent.id}/merge`, body: { into: priority.id } });
  });

  it("lists new codes for review, and approving one makes it active", async () => {
    const api = setup(true, { [`PATCH /api/codebook/codes/${priority.id}`]: () => change({ ...priority, status: "active" }) });
    const review = await screen.findByRole("region", { name: "New codes to review (1)" });
    fireEvent.click(within(review).getByRole("button", { name: "Approve" }));
    expect(await screen.findByText("Approved the label ‘priority’")).toBeTruthy();
    expect(writes(api.calls)[0]).toMatchObject({ body: { version: 1, status: "active" } });
  });

  it("deletes after a confirmation, with Undo", async () => {
    const api = setup(true, { [`DELETE /api/codebook/codes/${cyber.id}`]: () => change(null, 2) });
    fireEvent.click(await screen.findByText("crime"));
    const topics = screen.getByRole("tree", { name: "Topics" });
    fireEvent.keyDown(within(topics).getAllByRole("treeitem")[0]!, { key: "ArrowRight" });
    fireEvent.click(within(topics).getByText("cybercrime"));
    const details = await screen.findByRole("region", { name: "cybercrime" });
    fireEvent.click(within(details).getByRole("button", { name: "Delete" }));
    const confirm = within(details).getByRole("group", { name: "Confirm deletion" });
    expect(confirm.textContent).toContain("The 2 annotations that carry it lose it.");
    fireEvent.click(within(confirm).getByRole("button", { name: "Delete" }));
    const notice = await screen.findByText("Deleted the topic ‘cybercrime’ · 2 annotations");
    expect(within(notice.closest(".notice") as HTMLElement).getByRole("button", { name: "Undo" })).toBeTruthy();
    expect(writes(api.calls)).toHaveLength(1);
  });
});
