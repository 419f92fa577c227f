// @vitest-environment jsdom
import { BulkCodesRequest } from "@verbatim/contract";
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryRouter, Outlet, Route, Routes } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, testQueryClient } from "../annotations/test-api.ts";
import { makeMe } from "../annotations/test-fixtures.ts";
import { BulkDialog } from "./bulk-dialog.tsx";
import { codebookNotices } from "./codebook-notices.ts";
import { makeCode } from "./test-codes.ts";

const pledge = makeCode({ type: "label", name: "funding pledge", uses: 0 });
const old = makeCode({ type: "label", name: "money", uses: 3 });
const UNDO = "9b2f6a0e-4c1d-4e7b-9a55-0c3e2d1f8a77";

function setup() {
  const api = fakeApi({
    "GET /api/exports/preview": (_b, url) => ({
      status: 200,
      body: { count: url.searchParams.get("kind") === "commitment" ? 4 : 9, statements: 2, items: [] },
    }),
    "POST /api/codebook/bulk": () => ({ status: 200, body: { code: null, annotations: 4, undo: UNDO, skipped: 0 } }),
  });
  const onClose = vi.fn();
  render(
    <QueryClientProvider client={testQueryClient()}>
      <MemoryRouter>
        <Routes>
          <Route element={<Outlet context={makeMe("reviewer")} />}>
            <Route path="*" element={<BulkDialog codes={[pledge, old]} onClose={onClose} />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...api, onClose };
}

afterEach(() => {
  cleanup();
  codebookNotices.clear();
  vi.unstubAllGlobals();
});

const choose = (label: string, text: string) => {
  const input = screen.getByRole("combobox", { name: label });
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: "Enter" });
};

describe("BulkDialog", () => {
  it("counts the filtered annotations live, and applies the chosen codes with the export's filter values", async () => {
    const api = setup();
    const dialog = screen.getByRole("dialog", { name: "Apply to annotations" });
    await within(dialog).findByText("9 annotations from 2 statements");
    const apply = within(dialog).getByRole("button", { name: /^Apply/ });
    expect(apply).toHaveProperty("disabled", true);

    fireEvent.click(within(dialog).getByRole("checkbox", { name: "Commitment" }));
    await within(dialog).findByText("4 annotations from 2 statements", {}, { timeout: 3000 });
    choose("Add a code", "funding");
    choose("Remove a code", "mon");
    expect(within(dialog).getByRole("button", { name: "Do not add funding pledge" })).toBeTruthy();
    await waitFor(() => expect(within(dialog).getByRole("button", { name: "Apply to 4 annotations" })).toHaveProperty("disabled", false));
    fireEvent.click(within(dialog).getByRole("button", { name: "Apply to 4 annotations" }));

    await waitFor(() => expect(api.onClose).toHaveBeenCalled());
    const post = api.calls.find((c) => c.method === "POST");
    expect(post?.body).toEqual({ filter: { kind: "commitment" }, add: [pledge.id], remove: [old.id] });
    expect(BulkCodesRequest.safeParse(post?.body).success).toBe(true);
    expect(codebookNotices.getSnapshot().map((n) => n.type === "done" && [n.message, n.undo])).toEqual([
      ["Changed the codes · 4 annotations", UNDO],
    ]);
  });
});
