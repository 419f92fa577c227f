// @vitest-environment jsdom
import { CreateStatementRequest, PreviewImportRequest } from "@verbatim/contract";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeApi, PREVIEW, type FakeApi } from "./fake-import-api.ts";
import { pasteAndPreview as paste, renderDialog } from "./import-test-support.tsx";

const pasted = "Remarks at the open debate\n\nMr. President,\n\nWe support the Convention.";

let api: FakeApi;
beforeEach(() => {
  api = fakeApi();
  // The fake plays the server's part: the preview says how many edits it was given, and the title edit fills the title.
  api.answerPreview((body) => {
    const edits = (body["edits"] ?? []) as { op: string; block?: number }[];
    if (edits.some((e) => e.op === "merge" && e.block === 9)) {
      return { status: 422, body: { error: { code: "invalid_edit", message: "no block 9", details: { edit: 0 } } } };
    }
    const titled = edits.some((e) => e.op === "mark");
    return {
      status: 200,
      body: {
        ...PREVIEW,
        metadata: titled ? { ...PREVIEW.metadata, title: "Marked title" } : PREVIEW.metadata,
        dropped: [...PREVIEW.dropped, { text: "New York, 7 December 2023", reason: "metadata" }],
        repairs: [{ line: 3, before: "AfricaÃ­s", after: "Africa's" }],
        footnotes: [{ mark: "1", text: "A/78/1.", page: 2 }],
      },
    };
  });
  vi.stubGlobal("fetch", api.fetch);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function pasteAndPreview(text: string) {
  renderDialog();
  return paste(text);
}

/** Waits until the preview shows n edits and the server's answer to the last is in (Undo is enabled again). */
async function edited(n: number) {
  await waitFor(() => {
    const undo = screen.getByRole("button", { name: /^Undo/ }) as HTMLButtonElement;
    expect(undo.textContent).toBe(n ? `Undo (${n})` : "Undo");
    expect(undo.disabled).toBe(n === 0);
  });
}

const lastEdits = () => {
  const bodies = api.bodies("/api/imports/preview") as { edits?: unknown }[];
  return bodies[bodies.length - 1]?.edits;
};

describe("the editable preview", () => {
  it("shows the source, the repaired lines, the footnotes and the dropped lines with their reasons", async () => {
    const preview = (await pasteAndPreview(pasted)).closest("section")!;
    expect(within(preview).getByText(/Markdown/)).toBeTruthy();
    expect(within(preview).getByText("1 line repaired (garbled characters)")).toBeTruthy();
    expect(within(preview).getByText("AfricaÃ­s")).toBeTruthy();
    expect(within(preview).getByText(/1 footnote, kept in the import record/)).toBeTruthy();
    expect(within(preview).getByText("Read as metadata: 1")).toBeTruthy();
    expect(within(preview).getByText("New York, 7 December 2023")).toBeTruthy();
  });

  it("marks a focused line by its key, asks the server again, and undoes with Ctrl+Z", async () => {
    await pasteAndPreview(pasted);
    fireEvent.keyDown(screen.getByLabelText("¶1"), { key: "t" });
    await waitFor(() => expect(lastEdits()).toEqual([{ op: "mark", block: 0, as: "title" }]));
    await waitFor(() => expect((screen.getByLabelText(/^Title/) as HTMLInputElement).value).toBe("Marked title"));
    expect(PreviewImportRequest.safeParse(api.bodies("/api/imports/preview").at(-1)).success).toBe(true);

    fireEvent.keyDown(screen.getByLabelText("¶1"), { key: "z", ctrlKey: true });
    await waitFor(() => expect(lastEdits()).toBeUndefined());
    await waitFor(() => expect((screen.getByLabelText(/^Title/) as HTMLInputElement).value).toBe("Remarks at the open debate"));
  });

  it("splits a paragraph at the caret, merges by key, and brings a dropped line back from its menu", async () => {
    await pasteAndPreview(pasted);
    const paragraph = screen.getByLabelText("¶2") as HTMLTextAreaElement;
    paragraph.setSelectionRange(11, 11);
    fireEvent.keyDown(paragraph, { key: "Enter" });
    await waitFor(() => expect(lastEdits()).toEqual([{ op: "split", block: 2, at: 11 }]));
    await edited(1);

    fireEvent.keyDown(screen.getByLabelText("¶1"), { key: "m" });
    await waitFor(() =>
      expect(lastEdits()).toEqual([
        { op: "split", block: 2, at: 11 },
        { op: "merge", block: 0 },
      ]),
    );
    await edited(2);

    fireEvent.click(screen.getByRole("button", { name: "Change dropped line 2" }));
    const menu = screen.getByRole("menu");
    fireEvent.click(within(menu).getByRole("menuitem", { name: /Mark as date/ }));
    await waitFor(() => expect(lastEdits()).toHaveLength(3));
    expect((lastEdits() as unknown[])[2]).toEqual({ op: "markDropped", line: 1, as: "date" });
  });

  it("imports with the edits the preview shows", async () => {
    await pasteAndPreview(pasted);
    fireEvent.keyDown(screen.getByLabelText("¶1"), { key: "x" });
    await edited(1);
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    await screen.findByText("Opened 2023-12-07-remarks");
    const body = CreateStatementRequest.parse(api.bodies("/api/statements")[0]);
    expect(body.edits).toEqual([{ op: "mark", block: 0, as: "drop" }]);
  });

  it("says so when the server refuses an edit, and keeps the edits it took", async () => {
    await pasteAndPreview(pasted);
    // Block 9 does not exist in the fake's preview: the server answers invalid_edit.
    fireEvent.keyDown(screen.getByLabelText("¶1"), { key: "m" });
    await edited(1);
    api.answerPreview(() => ({ status: 422, body: { error: { code: "invalid_edit", message: "bad", details: { edit: 1 } } } }));
    fireEvent.keyDown(screen.getByLabelText("¶1"), { key: "m" });
    expect((await screen.findByRole("alert")).textContent).toMatch(/no longer fits the preview/);
    expect(screen.getByRole("button", { name: /^Undo/ }).textContent).toBe("Undo (1)");
  });
});
