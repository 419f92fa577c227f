// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import type { SearchResults } from "@verbatim/contract";
import { afterEach, describe, expect, it, vi } from "vitest";
import { apiError, type Call, fakeApi, testQueryClient, type Route as FakeRoute } from "../annotations/test-api.ts";
import { testStatementSummary } from "../queries/test-statement-summary.ts";
import { SearchPage } from "./search-page.tsx";
import { searchAnnotation, searchParagraph, searchResults } from "./test-search-results.ts";

function Location() {
  const { pathname, search } = useLocation();
  return <output data-testid="location">{pathname + search}</output>;
}

const FACETS = {
  delegation: [
    { value: "CHN", label: "China", count: 3 },
    { value: "FRA", label: "France", count: 1 },
  ],
  kind: [
    { value: "position", label: "Position", count: 2 },
    { value: "commitment", label: "Commitment", count: 1 },
  ],
  forum: [{ value: "CCPCJ, 32nd session", label: "CCPCJ, 32nd session", count: 3 }],
};

/**
 * The API as the page meets it: a search route gives results with their facets, and the fake answers as the server
 * does, the facets left out of pages asked with facets=false and given by GET /api/search/facets instead.
 */
function setup(url: string, routes: Record<string, FakeRoute> = {}) {
  const { "GET /api/search": searchRoute, ...rest } = routes;
  const api = fakeApi({
    "GET /api/statements": () => ({ status: 200, body: { items: [], nextCursor: null } }),
    ...(searchRoute && {
      "GET /api/search": async (body, url) => {
        const answer = await searchRoute(body, url);
        const facetsLeftOut = answer.status === 200 && url.searchParams.get("facets") === "false";
        return facetsLeftOut ? { ...answer, body: { ...(answer.body as SearchResults), facets: null } } : answer;
      },
      "GET /api/search/facets": async (body, url) => {
        const answer = await searchRoute(body, url);
        if (answer.status !== 200) return answer;
        const { facets, total, totalExact } = answer.body as SearchResults;
        return { status: 200, body: { facets, total, totalExact } };
      },
    }),
    ...rest,
  });
  render(
    <QueryClientProvider client={testQueryClient()}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/search" element={<SearchPage />} />
        </Routes>
        <Location />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return api;
}

const searches = (calls: Call[]) => calls.filter((c) => c.path === "/api/search").map((c) => new URLSearchParams(c.search));
const location = () => screen.getByTestId("location").textContent;
const results = () => screen.findByRole("list", { name: "Results" });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("SearchPage", () => {
  it("asks nothing until there are words, then puts them in the URL and lists the results with their words marked", async () => {
    const api = setup("/search", {
      "GET /api/search": () => ({
        status: 200,
        body: searchResults({ items: [searchParagraph(3)], total: 1, facets: FACETS }),
      }),
    });
    expect(screen.getByText(/Search the text of every statement/)).toBeTruthy();
    expect(searches(api.calls)).toHaveLength(0);

    const box = within(screen.getByRole("search", { name: "Search the corpus" })).getByRole("searchbox", { name: "Search for" });
    fireEvent.change(box, { target: { value: "  cybercrime " } });
    fireEvent.submit(screen.getByRole("search", { name: "Search the corpus" }));
    await waitFor(() => expect(location()).toBe("/search?q=cybercrime"));

    const list = await results();
    expect(searches(api.calls).at(-1)?.get("q")).toBe("cybercrime");
    // The page asks its results without facets, and the facets beside them.
    expect(searches(api.calls).at(-1)?.get("facets")).toBe("false");
    expect(api.calls.filter((c) => c.path === "/api/search/facets").map((c) => new URLSearchParams(c.search).get("q"))).toEqual([
      "cybercrime",
    ]);
    expect(await screen.findByRole("group", { name: "Kind" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "1 paragraph" })).toBeTruthy();
    const item = within(list).getByRole("listitem");
    expect([...item.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["cybercrime"]);
    expect(item.textContent).toContain("China · CCPCJ 32nd session · 2023-05-22");
  });

  it("narrows by two facets: each a repeated URL parameter the request carries, and unchecking one widens again", async () => {
    const api = setup("/search?q=crime", {
      "GET /api/search": (_body, url) => {
        const narrowed = url.searchParams.has("delegation") && url.searchParams.has("kind");
        return {
          status: 200,
          body: searchResults({
            items: narrowed ? [searchParagraph(1)] : [searchParagraph(1), searchParagraph(2)],
            total: narrowed ? 1 : 2,
            facets: FACETS,
          }),
        };
      },
    });
    await screen.findByRole("heading", { name: "2 paragraphs" });
    const delegation = screen.getByRole("group", { name: "Delegation" });
    fireEvent.click(within(delegation).getByRole("checkbox", { name: /China/ }));
    await waitFor(() => expect(location()).toBe("/search?q=crime&delegation=CHN"));
    fireEvent.click(within(screen.getByRole("group", { name: "Kind" })).getByRole("checkbox", { name: /Position/ }));
    await waitFor(() => expect(location()).toBe("/search?q=crime&delegation=CHN&kind=position"));

    await screen.findByRole("heading", { name: "1 paragraph" });
    const last = searches(api.calls).at(-1)!;
    expect(last.getAll("delegation")).toEqual(["CHN"]);
    expect(last.getAll("kind")).toEqual(["position"]);
    expect(within(await results()).getAllByRole("listitem")).toHaveLength(1);
    expect((within(delegation).getByRole("checkbox", { name: /China/ }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(within(screen.getByRole("group", { name: "Delegation" })).getByRole("checkbox", { name: /China/ }));
    await waitFor(() => expect(location()).toBe("/search?q=crime&kind=position"));
  });

  it("reads a bookmarked search: repeated values with commas, and a filter without words", async () => {
    const api = setup("/search?forum=CCPCJ%2C+32nd+session&forum=UNSC", {
      "GET /api/search": () => ({ status: 200, body: searchResults({ items: [searchParagraph(1)], total: 1, facets: FACETS }) }),
    });
    await results();
    const sent = searches(api.calls)[0]!;
    expect(sent.has("q")).toBe(false);
    expect(sent.getAll("forum")).toEqual(["CCPCJ, 32nd session", "UNSC"]);
    const forum = screen.getByRole("group", { name: "Forum" });
    expect((within(forum).getByRole("checkbox", { name: /CCPCJ, 32nd session/ }) as HTMLInputElement).checked).toBe(true);
    // A chosen value the counts no longer list stays there, to be unchosen.
    expect((within(forum).getByRole("checkbox", { name: /UNSC/ }) as HTMLInputElement).checked).toBe(true);
  });

  it("links each result to its paragraph in the reader, with its annotations as chips", async () => {
    const paragraph = searchParagraph(7, {
      statement: { ...searchParagraph(7).statement, slug: "2023-12-07-unsc-china", title: "Open debate", onBehalfOf: "Group of 77" },
      annotations: [
        searchAnnotation(1, { labels: ["ratification"] }),
        searchAnnotation(2, { kind: "commitment", attributes: { strength: "pledge" } }),
      ],
    });
    setup("/search?q=cybercrime", {
      "GET /api/search": () => ({ status: 200, body: searchResults({ items: [paragraph], total: 1 }) }),
    });
    const link = within(await results()).getByRole("link", { name: "Open debate ¶7" });
    expect(link.getAttribute("href")).toBe("/s/2023-12-07-unsc-china#p7");
    expect(screen.getByText(/China on behalf of Group of 77/)).toBeTruthy();
    const chips = screen.getByRole("list", { name: "Annotations on this paragraph" });
    expect(
      within(chips)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Position · Urgesratification", "Commitment · Pledge"]);
  });

  it("loads more, appending the next page after the first", async () => {
    const api = setup("/search?q=crime", {
      "GET /api/search": (_body, url) => {
        const second = url.searchParams.get("cursor") === "c2";
        return {
          status: 200,
          body: searchResults({
            items: second ? [searchParagraph(3)] : [searchParagraph(1), searchParagraph(2)],
            total: 3,
            nextCursor: second ? null : "c2",
          }),
        };
      },
    });
    const list = await results();
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(3));
    expect(
      within(list)
        .getAllByRole("link")
        .map((a) => a.getAttribute("href")),
    ).toEqual(["/s/statement-1#p1", "/s/statement-2#p2", "/s/statement-3#p3"]);
    expect(searches(api.calls).at(-1)?.get("cursor")).toBe("c2");
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
  });

  it("lists annotations with their paragraph as context, and says when there are more than it counts", async () => {
    const hit = {
      ...searchParagraph(4),
      annotations: undefined,
      annotation: searchAnnotation(5, { status: "accepted", note: "Urges UNTOC", topics: ["Cybercrime"], labels: ["ratification"] }),
    };
    const api = setup("/search?q=ratify", {
      "GET /api/search": (_body, url) => ({
        status: 200,
        body: searchResults(
          url.searchParams.get("type") === "annotations"
            ? { items: [hit], total: 10_000, totalExact: false }
            : { items: [searchParagraph(4)], total: 1 },
        ),
      }),
    });
    await screen.findByRole("heading", { name: "1 paragraph" });
    fireEvent.click(screen.getByRole("radio", { name: "Annotations" }));
    await waitFor(() => expect(location()).toBe("/search?q=ratify&type=annotations"));
    await screen.findByRole("heading", { name: "More than 10,000 annotations" });
    expect(searches(api.calls).at(-1)?.get("type")).toBe("annotations");
    const [item] = within(await results()).getAllByRole("listitem");
    if (!item) throw new Error("no result");
    expect(item.textContent).toContain("Position · Urges");
    expect(item.textContent).toContain("Accepted");
    expect(item.textContent).toContain("by Ada Analyst");
    expect(item.textContent).toContain("Urges UNTOC");
    expect(within(item).getByRole("list", { name: "Topics and labels" }).textContent).toBe("Cybercrimeratification");
    expect(within(item).getByRole("link", { name: "Statement 4 ¶4" }).getAttribute("href")).toBe("/s/statement-4#p4");
  });

  it("says beside the box when the API refuses the query, and offers a retry for other failures", async () => {
    const long = "x".repeat(501);
    setup(`/search?q=${long}`, { "GET /api/search": () => apiError(400, "query_too_long") });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("A search takes up to 500 characters; this one has 501. Shorten it.");
    expect(screen.getByRole("searchbox", { name: "Search for" }).getAttribute("aria-invalid")).toBe("true");
    cleanup();

    setup("/search?q=crime", { "GET /api/search": () => apiError(500, "internal") });
    expect(await screen.findByRole("button", { name: "Try again" })).toBeTruthy();
  });

  it("lists the results when the facets cannot be counted in time, and says so beside them with a retry", async () => {
    let facetsAsked = 0;
    setup("/search?q=crime", {
      "GET /api/search": () => ({ status: 200, body: searchResults({ items: [searchParagraph(1)], total: 1, facets: FACETS }) }),
      "GET /api/search/facets": () =>
        ++facetsAsked === 1
          ? apiError(422, "too_complex", "this took too long to count over the corpus; narrow it with more words or filters")
          : { status: 200, body: { facets: searchResults({ facets: FACETS }).facets, total: 1, totalExact: true } },
    });
    expect(within(await results()).getAllByRole("listitem")).toHaveLength(1);
    const filters = screen.getByRole("complementary", { name: "Filters" });
    expect((await within(filters).findByRole("alert")).textContent).toMatch(/took too long to count over the corpus/);
    fireEvent.click(within(filters).getByRole("button", { name: "Try again" }));
    expect(await within(filters).findByRole("group", { name: "Delegation" })).toBeTruthy();
    expect(within(filters).queryByRole("alert")).toBeNull();
  });

  it("shows statements whose metadata match above the results, and text as text, never markup", async () => {
    const hostile = "<img src=x onerror=alert(1)> cybercrime";
    const api = setup("/search?q=cybercrime", {
      "GET /api/statements": () => ({
        status: 200,
        body: {
          items: [testStatementSummary({ id: "00000000-0000-4000-8000-000000000077", slug: "cyber-day", title: "Cybercrime day" })],
          nextCursor: null,
        },
      }),
      "GET /api/search": () => ({
        status: 200,
        body: searchResults({ items: [searchParagraph(1, { text: hostile, matches: [{ start: 29, end: 39 }] })], total: 1 }),
      }),
    });
    const statements = await screen.findByRole("region", { name: "Statements by title, delegation or forum" });
    expect(within(statements).getByRole("link", { name: "Cybercrime day" }).getAttribute("href")).toBe("/s/cyber-day");
    const listed = api.calls.find((c) => c.path === "/api/statements")!;
    expect(new URLSearchParams(listed.search).get("q")).toBe("cybercrime");
    expect(new URLSearchParams(listed.search).get("limit")).toBe("5");
    const list = await results();
    expect(list.querySelector("img")).toBeNull();
    expect(list.querySelector("mark")?.textContent).toBe("cybercrime");
  });

  it("links the chosen filters (not the words) to their passages", async () => {
    setup("/search?q=crime&delegation=CHN&forum=CCPCJ%2C+32nd+session", {
      "GET /api/search": () => ({ status: 200, body: searchResults({ items: [searchParagraph(1)], total: 1, facets: FACETS }) }),
    });
    const link = await screen.findByRole("link", { name: "Every annotation of these filters, as passages" });
    expect(link.getAttribute("href")).toBe("/passages?delegation=CHN&forum=CCPCJ%2C+32nd+session");
  });
});
