// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, testQueryClient } from "../annotations/test-api.ts";
import { AnalysisPage } from "./analysis-page.tsx";
import { delegationByTopic } from "./test-matrix.ts";

function Location() {
  const { pathname, search } = useLocation();
  return <output data-testid="location">{pathname + search}</output>;
}

function setup(url: string) {
  const api = fakeApi({ "GET /api/analysis/matrix": () => ({ status: 200, body: delegationByTopic }) });
  render(
    <QueryClientProvider client={testQueryClient()}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/analysis" element={<AnalysisPage />} />
          <Route path="/passages" element={<p>Passages</p>} />
        </Routes>
        <Location />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return api;
}

const location = () => screen.getByTestId("location").textContent;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("AnalysisPage", () => {
  it("asks the API with the URL's matrix and shows each cell's count and mix as a link to its passages", async () => {
    const api = setup("/analysis?rows=delegation&cols=topic&forum=CCPCJ");
    const table = await screen.findByRole("table", { name: /Annotations by delegation and topic/ });
    // The matrix, and beside it the values the filter chooser offers (topics, under the other filters).
    const asked = api.calls.filter((c) => c.path === "/api/analysis/matrix").map((c) => new URLSearchParams(c.search).toString());
    expect(asked).toContain("rows=delegation&cols=topic&breakdown=stance&forum=CCPCJ");
    expect(asked).toContain("rows=topic&cols=kind&breakdown=kind&forum=CCPCJ");

    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual([
      "Delegation \\by Topic",
      "Cybercrime+Filter by topic: Cybercrime",
      "Piracy, at sea+Filter by topic: Piracy, at sea",
      "Total",
    ]);
    const norland = within(table).getByRole("row", { name: /^Norland/ });
    const cell = within(norland).getByRole("link", { name: "9 annotations: 5 supports, 4 opposes" });
    expect(cell.getAttribute("href")).toBe("/passages?delegation=Norland&forum=CCPCJ&topic=Cybercrime");
    expect(within(norland).getAllByRole("cell").at(-1)?.textContent).toBe("12");
    expect(within(table).getByRole("row", { name: /^Total/ }).textContent).toContain("15");
  });

  it("changes the matrix and its filters in the URL: a preset, a row value as a filter, a chip removed", async () => {
    setup("/analysis?rows=delegation&cols=topic&forum=CCPCJ");
    await screen.findByRole("table");
    fireEvent.click(screen.getByRole("button", { name: "Topic × year" }));
    expect(location()).toBe("/analysis?rows=topic&cols=year&forum=CCPCJ");

    fireEvent.click(await screen.findByRole("button", { name: "Filter by delegation: Valdoria" }));
    expect(location()).toBe("/analysis?rows=topic&cols=year&delegation=Valdoria&forum=CCPCJ");
    fireEvent.click(screen.getByRole("button", { name: "Remove filter Forum: CCPCJ" }));
    expect(location()).toBe("/analysis?rows=topic&cols=year&delegation=Valdoria");
  });
});
