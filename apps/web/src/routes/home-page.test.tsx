// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { StrictMode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MemoryRouter, Outlet, Route, Routes, useLocation } from "react-router";
import { makeMe } from "../annotations/test-fixtures.ts";
import { createQueryClient } from "../query-client.ts";
import { testStatementSummary } from "../queries/test-statement-summary.ts";
import type { StatementSummary } from "../queries/use-statements.ts";
import { HomePage } from "./home-page.tsx";

function summary(n: number, extra: Partial<StatementSummary> = {}) {
  return testStatementSummary({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    slug: `statement-${n}`,
    title: `Statement ${n}`,
    delegation: "Malaysia",
    onBehalfOf: "Asia-Pacific Group",
    forum: "CCPCJ 32nd session",
    date: "2023-05-22",
    annotationCounts: { position: 2, commitment: 1, "cross-reference": 0 },
    ...extra,
  });
}

function Search() {
  return <output data-testid="search">{useLocation().search}</output>;
}

let requests: URL[];
let pages: Record<string, { items: unknown[]; nextCursor: string | null }>;

/** `mayImport`: the API's verdict (me.abilities.import), an analyst's unless said otherwise. */
function renderHome(mayImport = true, entry = "/") {
  const me = makeMe(mayImport ? "analyst" : "viewer", undefined, { import: mayImport });
  render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={[entry]}>
          <Routes>
            <Route element={<Outlet context={me} />}>
              <Route
                index
                element={
                  <>
                    <HomePage />
                    <Search />
                  </>
                }
              />
            </Route>
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
}

beforeEach(() => {
  requests = [];
  pages = {
    "": { items: [summary(1), summary(2, { delegation: null, onBehalfOf: null, date: null })], nextCursor: "c2" },
    c2: { items: [summary(3)], nextCursor: null },
  };
  vi.stubGlobal("fetch", (input: RequestInfo | URL) => {
    const url = new URL(String(input), "http://localhost");
    requests.push(url);
    const q = url.searchParams.get("q");
    const page = q ? { items: [], nextCursor: null } : pages[url.searchParams.get("cursor") ?? ""];
    return Promise.resolve(new Response(JSON.stringify(page), { status: 200, headers: { "Content-Type": "application/json" } }));
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("HomePage", () => {
  it("lists statements with who spoke, where, when and their annotation counts, and pages with Show more", async () => {
    renderHome();
    const list = await screen.findByRole("list", { name: "Statements" });
    expect(list.textContent).toContain("Malaysia, on behalf of Asia-Pacific Group");
    expect(list.textContent).toContain("22 May 2023");
    expect(list.textContent).toContain("2 positions1 commitment0 cross-references");
    expect(screen.getByRole("link", { name: "Statement 1" }).getAttribute("href")).toBe("/s/statement-1");
    fireEvent.click(screen.getByRole("button", { name: "Show more" }));
    expect(await screen.findByRole("link", { name: "Statement 3" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Show more" })).toBeNull();
  });

  it("keeps the search (debounced) and the sort in the URL, and asks the API for them", async () => {
    renderHome();
    await screen.findByRole("list", { name: "Statements" });
    fireEvent.change(screen.getByLabelText("Sort by"), { target: { value: "title" } });
    await waitFor(() => expect(screen.getByTestId("search").textContent).toBe("?sort=title"));
    fireEvent.change(screen.getByLabelText("Search statements"), { target: { value: "Chin" } });
    fireEvent.change(screen.getByLabelText("Search statements"), { target: { value: "China" } });
    await waitFor(() => expect(screen.getByTestId("search").textContent).toBe("?sort=title&q=China"));
    expect(await screen.findByText("No statements match “China”.")).toBeTruthy();
    expect(requests.some((u) => u.searchParams.get("q") === "Chin")).toBe(false);
    expect(requests.at(-1)?.searchParams.get("sort")).toBe("title");
  });

  it("reads the search and sort from the URL it is opened with", async () => {
    renderHome(true, "/?q=UNTOC&sort=-date");
    expect((screen.getByLabelText("Search statements") as HTMLInputElement).value).toBe("UNTOC");
    expect((screen.getByLabelText("Sort by") as HTMLSelectElement).value).toBe("-date");
    await screen.findByText("No statements match “UNTOC”.");
    expect(requests[0]?.search).toContain("q=UNTOC");
  });

  it("invites an analyst to import into an empty workspace, and opens the import dialog", async () => {
    pages[""] = { items: [], nextCursor: null };
    renderHome();
    const invite = await screen.findByRole("button", { name: "Import a statement" });
    invite.focus();
    fireEvent.click(invite);
    const dialog = screen.getByRole("dialog", { name: "Import a statement" });
    expect(document.activeElement).toBe(screen.getByLabelText("Statement text"));
    expect(screen.getByRole("heading", { name: "Statements", hidden: true }).closest("[inert]")).toBeTruthy();
    fireEvent.keyDown(dialog, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(document.activeElement).toBe(invite);
  });

  it("does not offer the import to those the API does not let import, and says who can", async () => {
    pages[""] = { items: [], nextCursor: null };
    renderHome(false);
    await screen.findByText("No statements yet.");
    expect(screen.queryByRole("button", { name: /Import/ })).toBeNull();
    expect(screen.getByText(/analysts import them/)).toBeTruthy();
  });
});
