// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { apiError, fakeApi, testQueryClient, type Route as FakeRoute } from "../annotations/test-api.ts";
import { SavedViewPage } from "./saved-view-page.tsx";
import { makeSavedView } from "./test-saved-views.ts";

function Location() {
  const { pathname, search } = useLocation();
  return <output data-testid="location">{pathname + search}</output>;
}

const ID = "00000000-0000-4000-8000-000000000009";

function setup(route: FakeRoute) {
  fakeApi({ [`GET /api/views/${ID}`]: route });
  render(
    <QueryClientProvider client={testQueryClient()}>
      <MemoryRouter initialEntries={["/search", `/views/${ID}`]} initialIndex={1}>
        <Routes>
          <Route path="/views/:id" element={<SavedViewPage />} />
          <Route path="*" element={<p>Another page</p>} />
        </Routes>
        <Location />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("SavedViewPage", () => {
  it.each([
    ["search", "q=crime&delegation=CHN", "/search?q=crime&delegation=CHN"],
    ["passages", "topic=cybercrime", "/passages?topic=cybercrime"],
    ["matrix", "rows=delegation&cols=topic", "/analysis?rows=delegation&cols=topic"],
  ] as const)("opens a %s view on its page with its params", async (kind, params, href) => {
    setup(() => ({ status: 200, body: { view: makeSavedView(9, { kind, params }) } }));
    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe(href));
  });

  it("says a deleted or unknown view is not there", async () => {
    setup(() => apiError(404, "not_found", "view not found"));
    expect(await screen.findByText(/This view was deleted, or belongs to another workspace/)).toBeTruthy();
    expect(screen.getByTestId("location").textContent).toBe(`/views/${ID}`);
  });
});
