// @vitest-environment jsdom
import { Passages } from "@verbatim/contract";
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, testQueryClient } from "../annotations/test-api.ts";
import { searchAnnotation, searchParagraph } from "../search/test-search-results.ts";
import { PassagesPage } from "./passages-page.tsx";

function Location() {
  const { pathname, search } = useLocation();
  return <output data-testid="location">{pathname + search}</output>;
}

function passage(n: number, group: { key: string | null; label: string }) {
  const { statement, paragraphId, number, text } = searchParagraph(n);
  const quote = "cybercrime";
  const start = text.indexOf(quote);
  return {
    group,
    statement,
    paragraphId,
    number,
    text,
    annotation: searchAnnotation(n, { quote, start, end: start + quote.length, topics: ["Cybercrime"] }),
  };
}

const BODY = Passages.parse({
  groups: [
    { key: "Cybercrime", label: "Cybercrime", count: 2 },
    { key: null, label: "No topic", count: 1 },
  ],
  groupCount: 2,
  items: [
    passage(1, { key: "Cybercrime", label: "Cybercrime" }),
    passage(2, { key: "Cybercrime", label: "Cybercrime" }),
    passage(3, { key: null, label: "No topic" }),
  ],
  total: 3,
  nextCursor: null,
});

function setup(url: string) {
  const api = fakeApi({
    "GET /api/passages": () => ({ status: 200, body: BODY }),
    "GET /api/views": () => ({ status: 200, body: { items: [] } }),
  });
  render(
    <QueryClientProvider client={testQueryClient()}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/passages" element={<PassagesPage />} />
        </Routes>
        <Location />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return api;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("PassagesPage", () => {
  it("asks for the URL's filters, lists the passages under their groups with each quote marked, and links to the reader", async () => {
    const api = setup("/passages?delegation=China&topic=Cybercrime&label=a&label=b&all=label");
    const group = await screen.findByRole("region", { name: "Cybercrime" });
    const call = api.calls.find((c) => c.path === "/api/passages");
    expect(new URLSearchParams(call?.search).getAll("label")).toEqual(["a", "b"]);
    expect(new URLSearchParams(call?.search).get("all")).toBe("label");
    expect(within(group).getByRole("heading").textContent).toBe("Cybercrime (2)");
    const items = [...within(group).getByRole("list", { name: "Passages: Cybercrime" }).children] as HTMLElement[];
    expect(items).toHaveLength(2);
    expect([...(items[0]?.querySelectorAll("mark") ?? [])].map((m) => m.textContent)).toEqual(["cybercrime"]);
    expect(
      within(items[0]!)
        .getByRole("link", { name: /Statement 1/ })
        .getAttribute("href"),
    ).toBe("/s/statement-1#p1");
    expect(screen.getByRole("region", { name: "No topic" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "3 annotations in 2 groups (topic)" })).toBeTruthy();
    expect(screen.getByRole("list", { name: "Filters" }).textContent).toContain("Label (all of):");
  });

  it("removes a filter and changes the grouping through the URL", async () => {
    setup("/passages?delegation=China&topic=Cybercrime");
    await screen.findByRole("region", { name: "Cybercrime" });
    fireEvent.click(screen.getByRole("button", { name: "Remove Delegation: China" }));
    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/passages?topic=Cybercrime"));
    fireEvent.click(screen.getByRole("radio", { name: "Statement" }));
    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/passages?topic=Cybercrime&group=statement"));
  });
});
