// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MemoryRouter, Route, Routes, useParams } from "react-router";
import { createQueryClient } from "../query-client.ts";
import { fakeApi, type FakeApi } from "../library/import/fake-import-api.ts";
import { AddRevisionDialog } from "./add-revision-dialog.tsx";

const SLUG = "2023-12-07-remarks";
const REVISIONS = `/api/statements/${SLUG}/revisions`;

function Opened() {
  return <p>Opened {useParams().slug}</p>;
}

let api: FakeApi;
beforeEach(() => {
  api = fakeApi();
  vi.stubGlobal("fetch", api.fetch);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("adding a revision from a file", () => {
  it("sends a Word file or a PDF as it is, with the note and the revision being read", async () => {
    render(
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter>
          <Routes>
            <Route path="/" element={<AddRevisionDialog slug={SLUG} title="Remarks" shownRevision={1} onClose={vi.fn()} />} />
            <Route path="/s/:slug" element={<Opened />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    fireEvent.change(screen.getByLabelText("Or choose a file"), { target: { files: [new File(["%PDF-1.7"], "corr1.pdf")] } });
    expect(screen.getByText(/^corr1\.pdf is read on the server/).getAttribute("role")).toBe("status");
    fireEvent.change(screen.getByLabelText("Note"), { target: { value: "Corr.1" } });
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    fireEvent.click(await screen.findByRole("button", { name: "Add revision" }));
    await screen.findByText(`Opened ${SLUG}`);
    const sent = { file: { file: "corr1.pdf" }, note: "Corr.1", baseRevision: "1" };
    expect(api.bodies(`${REVISIONS}/preview`)).toEqual([sent]);
    expect(api.bodies(REVISIONS)).toEqual([sent]);
  });

  it("refuses a file the import does not read before sending it", () => {
    render(
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter>
          <AddRevisionDialog slug={SLUG} title="Remarks" shownRevision={1} onClose={vi.fn()} />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    fireEvent.change(screen.getByLabelText("Or choose a file"), { target: { files: [new File(["x"], "logo.png")] } });
    expect(screen.getByText(/Not a file the import reads/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Preview" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
