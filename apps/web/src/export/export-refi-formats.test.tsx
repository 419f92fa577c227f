// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { NOT_CARRIED } from "@verbatim/core";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { testQueryClient } from "../annotations/test-api.ts";
import { AUTHOR } from "../annotations/test-fixtures.ts";
import { ExportDialog } from "./export-dialog.tsx";
import { fakeExportApi } from "./fake-export-api.ts";

function renderDialog(initialStatements: { slug: string; title: string }[] = []) {
  render(
    <QueryClientProvider client={testQueryClient()}>
      <ExportDialog initialStatements={initialStatements} userId={AUTHOR.id} onClose={vi.fn()} />
    </QueryClientProvider>,
  );
}

const file = (name: string) => () =>
  new Response("PK", { status: 200, headers: { "Content-Disposition": `attachment; filename="${name}"` } });
const download = () => screen.getByRole("button", { name: "Download" }) as HTMLButtonElement;

beforeEach(() => {
  vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: vi.fn(() => "blob:export"), revokeObjectURL: vi.fn() }));
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("REFI-QDA formats in the export dialog", () => {
  it("offers a .qdpx project, saying what a QDA tool gets and cannot carry in the exporter's own words", async () => {
    const api = fakeExportApi(file("verbatim-workspace.qdpx"));
    renderDialog();
    fireEvent.click(screen.getByRole("radio", { name: "REFI-QDA project (.qdpx)" }));
    const hint = screen.getByRole("radio", { name: "REFI-QDA project (.qdpx)" }).getAttribute("aria-describedby")!;
    const text = document.getElementById(hint)?.textContent ?? "";
    expect(text).toContain("ATLAS.ti");
    expect(text).toContain(NOT_CARRIED.slice(NOT_CARRIED.indexOf("REFI-QDA has no place")));
    expect(text).toMatch(/review states.*discussion threads/);
    // A selection has no citation.
    expect(screen.queryByRole("group", { name: "Citation style" })).toBeNull();
    await waitFor(() => expect(download().disabled).toBe(false));
    fireEvent.click(download());
    await screen.findByText(/Saved verbatim-workspace\.qdpx/);
    expect(Object.fromEntries(api.downloads()[0]!.searchParams)).toEqual({ status: "accepted", format: "qdpx" });
  });

  it("offers the codebook as .qdc, downloadable even when the filters select no annotation", async () => {
    const api = fakeExportApi(file("Desk-codebook.qdc"));
    renderDialog([{ slug: "nothing-here", title: "A statement with no annotations" }]);
    fireEvent.click(screen.getByRole("radio", { name: "Codebook (.qdc)" }));
    expect(screen.getByText(/the filters do not apply/)).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/No annotations|0 annotations/, { selector: ".export-count" })).toBeTruthy());
    expect(download().disabled).toBe(false);
    fireEvent.click(download());
    await screen.findByText(/Saved Desk-codebook\.qdc/);
    expect(api.downloads()[0]!.searchParams.get("format")).toBe("qdc");
  });
});
