// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeApi, PREVIEW, type FakeApi } from "./fake-import-api.ts";
import { renderDialog } from "./import-test-support.tsx";

const fail = (status: number, code: string) => ({ status, body: { error: { code, message: code, details: null } } });

let api: FakeApi;
beforeEach(() => {
  api = fakeApi();
  api.answerPreview((body) => {
    const name = (body["file"] as { file: string } | undefined)?.file;
    if (name === "scan.pdf") return fail(422, "no_text_layer");
    if (name === "locked.pdf") return fail(422, "encrypted_pdf");
    if (name === "again.docx") {
      const statement = {
        id: "0b5c7d4e-9a51-4c1e-8f0a-3d2b1c4e5f60",
        slug: "s",
        title: "Remarks",
        delegation: null,
        date: null,
        revision: 1,
      };
      return { status: 200, body: { ...PREVIEW, duplicates: [{ statement, verdict: "identical", share: 1, same: 2, total: 2 }] } };
    }
    return { status: 200, body: PREVIEW };
  });
  vi.stubGlobal("fetch", api.fetch);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const files = ["a.pdf", "scan.pdf", "again.docx", "logo.png", "locked.pdf"].map((name) => new File(["content"], name));

function row(name: string): HTMLElement {
  return screen.getByText(name, { selector: ".batch-name" }).closest("li")!;
}

describe("several files at once", () => {
  it("reads each in turn, with its own status and a progress bar for the batch", async () => {
    renderDialog();
    fireEvent.change(screen.getByLabelText("Upload files"), { target: { files } });
    const bar = screen.getByRole("progressbar", { name: "Files read" });
    await waitFor(() => expect(bar.getAttribute("aria-valuenow")).toBe("100"));
    expect(bar.getAttribute("aria-valuetext")).toBe("5 of 5 files read");

    expect(within(row("a.pdf")).getByText("Ready")).toBeTruthy();
    expect(within(row("scan.pdf")).getByText(/OCR is not supported/)).toBeTruthy();
    expect(within(row("again.docx")).getByText("Duplicate found")).toBeTruthy();
    expect(within(row("logo.png")).getByText(/\.docx or \.pdf/)).toBeTruthy();
    expect(within(row("locked.pdf")).getByText(/encrypted/)).toBeTruthy();
    // The refused file never went to the server; the rest went one at a time, as files.
    expect(api.bodies("/api/imports/preview")).toEqual(
      ["a.pdf", "scan.pdf", "again.docx", "locked.pdf"].map((file) => ({ file: { file } })),
    );
  });

  it("opens a file's preview for review, imports it, and goes back to the batch with a link", async () => {
    renderDialog();
    fireEvent.change(screen.getByLabelText("Upload files"), { target: { files: files.slice(0, 2) } });
    await waitFor(() => expect(within(row("a.pdf")).getByText("Ready")).toBeTruthy());
    fireEvent.click(within(row("a.pdf")).getByRole("button", { name: "Review a.pdf" }));
    await screen.findByRole("heading", { name: "Preview" });
    fireEvent.click(screen.getByRole("button", { name: "Import" }));

    await waitFor(() => expect(within(row("a.pdf")).getByText("Imported")).toBeTruthy());
    expect(within(row("a.pdf")).getByRole("link", { name: "Remarks at the open debate" }).getAttribute("href")).toBe(
      "/s/2023-12-07-remarks",
    );
    expect(api.bodies("/api/statements")).toEqual([{ file: { file: "a.pdf" }, title: "Remarks at the open debate", date: "2023-12-07" }]);
  });

  it("offers a file that repeats a statement as its next revision or as a separate statement", async () => {
    renderDialog();
    fireEvent.change(screen.getByLabelText("Upload files"), { target: { files: [files[2]!] } });
    await screen.findByRole("heading", { name: "Preview" });
    expect(screen.getByRole("radio", { name: "Add as a new revision of Remarks" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "Import as a separate statement" })).toBeTruthy();
  });
});
