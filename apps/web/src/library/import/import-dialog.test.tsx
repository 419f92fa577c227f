// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { CreateStatementRequest, PreviewImportRequest } from "@verbatim/contract";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MemoryRouter, Route, Routes, useParams } from "react-router";
import { createQueryClient } from "../../query-client.ts";
import { FIELD_MESSAGES, TEXT_MESSAGES } from "./field-messages.ts";
import { ImportDialog } from "./import-dialog.tsx";
import { fakeApi, type FakeApi } from "./fake-import-api.ts";

const pasted =
  "---\ntitle: Remarks at the open debate\ndate: 2023-12-07\n---\n\nMr. President,\n\n## Cooperation\n\nWe support the Convention.";

function Opened() {
  return <p>Opened {useParams().slug}</p>;
}

function renderDialog(onClose = vi.fn()) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter>
        <Routes>
          <Route path="/" element={<ImportDialog onClose={onClose} />} />
          <Route path="/s/:slug" element={<Opened />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return onClose;
}

function type(label: RegExp | string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function pasteAndPreview() {
  type("Statement text", pasted);
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  return screen.findByRole("heading", { name: "Preview" });
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

describe("ImportDialog", () => {
  it("is a labelled modal dialog that closes on Escape", () => {
    const onClose = renderDialog();
    const dialog = screen.getByRole("dialog", { name: "Import a statement" });
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(document.activeElement).toBe(screen.getByLabelText("Statement text"));
    fireEvent.keyDown(dialog, { key: "Escape" });
    expect(onClose).toHaveBeenCalledOnce();
  });

  it("guesses the format of pasted text, and lets the analyst correct it", () => {
    renderDialog();
    const format = screen.getByLabelText("Format") as HTMLSelectElement;
    type("Statement text", "<p>Mr. President,</p>");
    expect(format.value).toBe("html");
    type("Statement text", pasted);
    expect(format.value).toBe("markdown");
    fireEvent.change(format, { target: { value: "text" } });
    type("Statement text", `${pasted}\n\nThank you.`);
    expect(format.value).toBe("text");
  });

  it("sends an uploaded file as it is, and opens its preview once the server has read it", async () => {
    renderDialog();
    const file = new File(["%PDF-1.7"], "remarks.pdf", { type: "application/pdf" });
    fireEvent.change(screen.getByLabelText("Upload files"), { target: { files: [file] } });
    await screen.findByRole("heading", { name: "Preview" });
    expect(api.bodies("/api/imports/preview")).toEqual([{ file: { file: "remarks.pdf" } }]);
    expect((screen.getByLabelText(/^Title/) as HTMLInputElement).value).toBe("Remarks at the open debate");

    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    await screen.findByText("Opened 2023-12-07-remarks");
    expect(api.bodies("/api/statements")).toEqual([
      { file: { file: "remarks.pdf" }, title: "Remarks at the open debate", date: "2023-12-07" },
    ]);
  });

  it("previews, pre-fills the details, and imports a body that matches the contract", async () => {
    renderDialog();
    const preview = await pasteAndPreview();
    expect(PreviewImportRequest.parse(api.bodies("/api/imports/preview")[0])).toEqual({ format: "markdown", content: pasted });

    const panel = preview.closest("section")!;
    expect(within(panel).getByText("¶1")).toBeTruthy();
    expect(within(panel).getByRole("heading", { level: 4, name: "Cooperation" })).toBeTruthy();
    expect(within(panel).getByText("h1")).toBeTruthy();
    expect((screen.getByLabelText(/^Title/) as HTMLInputElement).value).toBe("Remarks at the open debate");
    expect((screen.getByLabelText(/^Date/) as HTMLInputElement).value).toBe("2023-12-07");

    type(/^Delegation/, " China ");
    type(/^Source URL/, "https://www.example.org/remarks");
    fireEvent.click(screen.getByRole("button", { name: "Import" }));

    await screen.findByText("Opened 2023-12-07-remarks");
    const [body] = api.bodies("/api/statements");
    expect(CreateStatementRequest.safeParse(body).success).toBe(true);
    expect(body).toEqual({
      title: "Remarks at the open debate",
      delegation: "China",
      date: "2023-12-07",
      sourceUrl: "https://www.example.org/remarks",
      format: "markdown",
      content: pasted,
    });
  });

  it("checks the details before sending, and shows each problem beside its field", async () => {
    renderDialog();
    await pasteAndPreview();
    type(/^Title/, "  ");
    type(/^Language/, "English");
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    expect(await screen.findByText(FIELD_MESSAGES.title)).toBeTruthy();
    expect(screen.getByText(FIELD_MESSAGES.language)).toBeTruthy();
    expect(screen.getByLabelText(/^Title/).getAttribute("aria-invalid")).toBe("true");
    expect(api.bodies("/api/statements")).toHaveLength(0);
  });

  it("shows the server's validation issues beside their fields", async () => {
    api.failCreate(400, {
      code: "validation_failed",
      message: "invalid body",
      details: { issues: [{ path: "forum", message: "Too long" }] },
    });
    renderDialog();
    await pasteAndPreview();
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    expect(await screen.findByText(FIELD_MESSAGES.forum)).toBeTruthy();
    expect(screen.getByRole("dialog")).toBeTruthy();
  });

  describe("a text the server imports as a job (202)", () => {
    // A few polls apart; the default of findBy (1 s) is for one answer, not for a job's stages.
    const patiently = { timeout: 5_000 };

    it("shows the job's stage and share, then opens the new statement", async () => {
      api.createAsJob([
        { state: "running", progress: { stage: "reading", done: 0, total: 2 } },
        { state: "running", progress: { stage: "storing", done: 1, total: 2 } },
        { state: "succeeded", progress: { stage: "done", done: 2, total: 2 } },
      ]);
      renderDialog();
      await pasteAndPreview();
      fireEvent.click(screen.getByRole("button", { name: "Import" }));

      expect(await screen.findByText(/storing the paragraphs… 50%/, {}, patiently)).toBeTruthy();
      expect(screen.getByRole("progressbar", { name: "Import progress" }).getAttribute("aria-valuenow")).toBe("50");
      await screen.findByText("Opened 2023-12-07-remarks", {}, patiently);
      expect(api.bodies("/api/jobs/5f0c2a1e-7b3d-4c8e-9a6f-1d2e3f4a5b6c").length).toBeGreaterThanOrEqual(3);
    });

    it("shows a failed job's error as a failed request's, and lets the analyst try again", async () => {
      api.createAsJob([
        { state: "running", progress: { stage: "reading", done: 0, total: 2 } },
        {
          state: "failed",
          progress: { stage: "reading", done: 0, total: 2 },
          error: { code: "invalid_content", message: "the text holds no paragraphs to import", details: null },
        },
      ]);
      renderDialog();
      await pasteAndPreview();
      fireEvent.click(screen.getByRole("button", { name: "Import" }));

      expect((await screen.findByRole("alert", {}, patiently)).textContent).toBe(TEXT_MESSAGES.noParagraphs);
      expect(screen.getByRole("dialog")).toBeTruthy();
      expect((screen.getByRole("button", { name: "Import" }) as HTMLButtonElement).disabled).toBe(false);
    });
  });

  it("says so at the top when the role may not import", async () => {
    api.failCreate(403, { code: "forbidden", message: "forbidden", details: null });
    renderDialog();
    await pasteAndPreview();
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/does not allow importing/);
  });
});
