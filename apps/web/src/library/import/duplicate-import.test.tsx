// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { CreateRevisionRequest } from "@verbatim/contract";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MemoryRouter, Route, Routes, useParams } from "react-router";
import { createQueryClient } from "../../query-client.ts";
import { TEXT_MESSAGES } from "./field-messages.ts";
import { fakeApi, type FakeApi } from "./fake-import-api.ts";
import { ImportDialog } from "./import-dialog.tsx";

/** The import dialog when the preview finds the text in a statement already in the library. */
const pasted = "Mr. President,\n\n## Cooperation\n\nWe support the Convention, and its Protocols.";
const REVISIONS = "/api/statements/2023-12-07-remarks/revisions";

function Opened() {
  return <p>Opened {useParams().slug}</p>;
}

async function previewDuplicate(verdict: "identical" | "mostly") {
  api.findDuplicate(verdict);
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter>
        <Routes>
          <Route path="/" element={<ImportDialog onClose={vi.fn()} />} />
          <Route path="/s/:slug" element={<Opened />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  fireEvent.change(screen.getByLabelText("Statement text"), { target: { value: pasted } });
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  return screen.findByRole("group", { name: /^This text matches/ });
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

describe("importing a text that repeats a statement", () => {
  it("names the statement and its share, and asks for a choice before importing", async () => {
    const group = await previewDuplicate("mostly");
    expect(group.querySelector("legend")?.textContent).toBe(
      "This text matches Remarks at the open debate (China, 2023-12-07): 50% of its paragraphs.",
    );
    const revision = within(group).getByRole("radio", { name: "Add as a new revision of Remarks at the open debate" });
    expect(document.activeElement).toBe(revision);

    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    expect(await screen.findByText(TEXT_MESSAGES.choose)).toBeTruthy();
    expect(api.bodies("/api/statements")).toHaveLength(0);

    fireEvent.click(within(group).getByRole("radio", { name: "Import as a separate statement" }));
    expect(screen.queryByText(TEXT_MESSAGES.choose)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    await screen.findByText("Opened 2023-12-07-remarks");
    expect(api.bodies("/api/statements")).toHaveLength(1);
  });

  it("adds it as a revision after showing what changes, then opens the statement", async () => {
    const group = await previewDuplicate("mostly");
    fireEvent.click(within(group).getByRole("radio", { name: /^Add as a new revision/ }));
    // A revision keeps the statement's details: the form gives way to the revision's note.
    expect(screen.queryByLabelText(/^Title/)).toBeNull();
    fireEvent.change(screen.getByLabelText("Revision note"), { target: { value: " Corr.1 " } });
    fireEvent.click(screen.getByRole("button", { name: "Preview the revision" }));

    const summary = (await screen.findByRole("heading", { name: "Revision 2 of Remarks at the open debate" })).closest("section")!;
    expect(within(summary).getByText("2 unchanged, 1 edited")).toBeTruthy();
    expect(within(summary).getByText("3 tags: 2 on their words, 1 placed approximately (to confirm).")).toBeTruthy();
    expect(api.bodies(REVISIONS)).toHaveLength(0);

    fireEvent.click(screen.getByRole("button", { name: "Add revision 2" }));
    await screen.findByText("Opened 2023-12-07-remarks");
    const [preview] = api.bodies(`${REVISIONS}/preview`);
    const [body] = api.bodies(REVISIONS);
    expect(CreateRevisionRequest.parse(body)).toEqual({ format: "markdown", content: pasted, note: "Corr.1", baseRevision: 1 });
    expect(preview).toEqual(body);
    expect(api.bodies("/api/statements")).toHaveLength(0);
  });

  it("adds a file as a revision as it came, multipart, with its note and the revision it matched", async () => {
    api.findDuplicate("mostly");
    render(
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter>
          <Routes>
            <Route path="/" element={<ImportDialog onClose={vi.fn()} />} />
            <Route path="/s/:slug" element={<Opened />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    fireEvent.change(screen.getByLabelText("Upload files"), { target: { files: [new File(["%PDF-1.7"], "corr1.pdf")] } });
    const group = await screen.findByRole("group", { name: /^This text matches/ });
    fireEvent.click(within(group).getByRole("radio", { name: /^Add as a new revision/ }));
    fireEvent.change(screen.getByLabelText("Revision note"), { target: { value: "Corr.1" } });
    fireEvent.click(screen.getByRole("button", { name: "Preview the revision" }));
    fireEvent.click(await screen.findByRole("button", { name: "Add revision 2" }));
    await screen.findByText("Opened 2023-12-07-remarks");
    const sent = { file: { file: "corr1.pdf" }, note: "Corr.1", baseRevision: "1" };
    expect(api.bodies(`${REVISIONS}/preview`)).toEqual([sent]);
    expect(api.bodies(REVISIONS)).toEqual([sent]);
  });

  it("says when the text is the statement's current one, with nothing to add", async () => {
    api.failRevision(422, { code: "no_changes", message: "no changes", details: null });
    const group = await previewDuplicate("identical");
    expect(group.querySelector("legend")?.textContent).toMatch(/: the same paragraphs\.$/);
    fireEvent.click(within(group).getByRole("radio", { name: /^Add as a new revision/ }));
    fireEvent.click(screen.getByRole("button", { name: "Preview the revision" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "This text is the same as the current revision of Remarks at the open debate: there is nothing to add.",
    );
    expect(screen.getByRole("group", { name: /^This text matches/ })).toBeTruthy();
  });
});
