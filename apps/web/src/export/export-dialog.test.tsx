// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { testQueryClient } from "../annotations/test-api.ts";
import { AUTHOR, OTHER } from "../annotations/test-fixtures.ts";
import { ExportDialog } from "./export-dialog.tsx";
import { fakeExportApi } from "./fake-export-api.ts";

const china = { slug: "2023-12-07-unsc-china", title: "China at the open debate" };

function renderDialog(initialStatements: { slug: string; title: string }[] = [], onClose = vi.fn()) {
  render(
    <QueryClientProvider client={testQueryClient()}>
      <ExportDialog initialStatements={initialStatements} userId={AUTHOR.id} onClose={onClose} />
    </QueryClientProvider>,
  );
  return onClose;
}

const countShows = (text: string) => waitFor(() => expect(screen.getByText(text, { selector: ".export-count" })).toBeTruthy());

function fileResponse(body: BodyInit, headers: Record<string, string>) {
  return () => new Response(body, { status: 200, headers });
}

let saved: { blob: Blob; name: string }[];
beforeEach(() => {
  saved = [];
  vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: vi.fn(() => "blob:export"), revokeObjectURL: vi.fn() }));
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    const blob = (URL.createObjectURL as unknown as { mock: { calls: [Blob][] } }).mock.calls.at(-1)?.[0];
    if (blob) saved.push({ blob, name: this.download });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("ExportDialog", () => {
  it("is a labelled modal dialog that closes on Escape", () => {
    fakeExportApi(fileResponse("", {}));
    const onClose = renderDialog();
    const dialog = screen.getByRole("dialog", { name: "Export annotations" });
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    fireEvent.keyDown(dialog, { key: "Escape" });
    expect(onClose).toHaveBeenCalledOnce();
  });

  it("starts on accepted annotations of the whole workspace, with the count and a preview", async () => {
    const api = fakeExportApi(fileResponse("", {}));
    renderDialog();
    expect((screen.getByRole("switch", { name: "Include unreviewed, rejected and disputed" }) as HTMLInputElement).checked).toBe(false);
    await countShows("1 annotation from 1 statement");
    expect(api.lastPreview()).toEqual({ status: "accepted", limit: "5" });
    const preview = screen.getByRole("region", { name: "Preview" });
    expect(within(preview).getByText("“We are concerned about firearms”").closest("blockquote")).toBeTruthy();
    expect(within(preview).getByText("Asia-Pacific Group, CCPCJ 32nd session, 22 May 2023, ¶9 (2023-05-22-ccpcj32-apg#p9)")).toBeTruthy();
    expect(within(preview).getByText("Position · Concerned · Accepted by Rita Reviewer")).toBeTruthy();
  });

  it("updates the count when other statuses are let in, and filters by kind with its attributes", async () => {
    const api = fakeExportApi(fileResponse("", {}));
    renderDialog();
    await countShows("1 annotation from 1 statement");
    fireEvent.click(screen.getByRole("switch", { name: "Include unreviewed, rejected and disputed" }));
    await countShows("3 annotations from 2 statements");
    expect(api.lastPreview()).toEqual({ limit: "5" });

    expect(screen.queryByRole("group", { name: "Cross-reference filters" })).toBeNull();
    fireEvent.click(screen.getByRole("checkbox", { name: "Cross-reference" }));
    const crossRef = screen.getByRole("group", { name: "Cross-reference filters" });
    fireEvent.change(within(crossRef).getByLabelText("Cross-reference target"), { target: { value: "UNTOC" } });
    await countShows("1 annotation from 1 statement");
    expect(api.lastPreview()).toEqual({ kind: "cross-reference", target: "UNTOC", limit: "5" });
    expect(screen.getByText("“the Palermo Convention”")).toBeTruthy();
    expect(screen.getByText("Cross-reference · Reaffirms UNTOC · Disputed by Rita Reviewer")).toBeTruthy();
  });

  it("filters by the members ticked, the user marked as themselves", async () => {
    const api = fakeExportApi(fileResponse("", {}));
    renderDialog();
    fireEvent.click(await screen.findByRole("checkbox", { name: `${AUTHOR.name} (you)` }));
    fireEvent.click(within(screen.getByRole("group", { name: "Authors" })).getByRole("checkbox", { name: OTHER.name }));
    await waitFor(() => expect(api.lastPreview()).toEqual({ status: "accepted", author: `${AUTHOR.id},${OTHER.id}`, limit: "5" }));
  });

  it("asks for a status rather than counting nothing", async () => {
    fakeExportApi(fileResponse("", {}));
    renderDialog();
    fireEvent.click(screen.getByRole("switch", { name: "Include unreviewed, rejected and disputed" }));
    const statuses = screen.getByRole("group", { name: "Statuses" });
    for (const box of within(statuses).getAllByRole("checkbox")) fireEvent.click(box);
    await countShows("Choose at least one review status.");
    expect((screen.getByRole("button", { name: "Download" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("comes from a statement with that statement chosen, and can be widened to the workspace", async () => {
    const api = fakeExportApi(fileResponse("", {}));
    renderDialog([china]);
    expect(within(screen.getByRole("list", { name: "Chosen statements" })).getByText(china.title)).toBeTruthy();
    await countShows("No annotations match these filters.");
    expect(api.lastPreview()).toMatchObject({ statement: china.slug, status: "accepted" });
    expect((screen.getByRole("button", { name: "Download" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: `Remove ${china.title}` }));
    await countShows("1 annotation from 1 statement");
    expect(await screen.findByRole("checkbox", { name: /China at the open debate/ })).toBeTruthy();
  });

  it("downloads the chosen format and saves it under the server's file name", async () => {
    const api = fakeExportApi(
      fileResponse("PK-not-really-a-zip", {
        "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Content-Disposition": 'attachment; filename="verbatim-brief.docx"',
        "X-Export-Count": "1",
      }),
    );
    renderDialog();
    await countShows("1 annotation from 1 statement");
    fireEvent.click(screen.getByRole("button", { name: "Download" }));
    expect(await screen.findByText("Saved verbatim-brief.docx (1 annotation).")).toBeTruthy();
    expect(Object.fromEntries(api.downloads()[0]!.searchParams)).toEqual({ status: "accepted", format: "docx" });
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe("verbatim-brief.docx");
    expect(await saved[0]!.blob.text()).toBe("PK-not-really-a-zip");
  });

  it("asks CSV for Excel's byte order mark", async () => {
    const api = fakeExportApi(fileResponse("kind\nposition\n", { "Content-Disposition": "attachment; filename=annotations.csv" }));
    renderDialog();
    fireEvent.click(screen.getByRole("radio", { name: "CSV" }));
    expect((screen.getByRole("checkbox", { name: "Excel-compatible (UTF-8 BOM)" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Download" }));
    await screen.findByText("Saved annotations.csv.");
    expect(api.downloads()[0]!.searchParams.get("bom")).toBe("true");
  });

  it("asks the preview and the Word brief for the chosen citation style, and the brief for the compact layout", async () => {
    const api = fakeExportApi(fileResponse("PK", { "Content-Disposition": 'attachment; filename="brief.docx"' }));
    renderDialog();
    await countShows("1 annotation from 1 statement");
    expect((screen.getByRole("radio", { name: "Full" }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("radio", { name: "Standard" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole("radio", { name: "Short" }));
    await waitFor(() => expect(api.lastPreview()).toEqual({ status: "accepted", citation: "short", limit: "5" }));
    fireEvent.click(screen.getByRole("radio", { name: "Compact" }));
    fireEvent.click(screen.getByRole("button", { name: "Download" }));
    await screen.findByText("Saved brief.docx.");
    expect(Object.fromEntries(api.downloads()[0]!.searchParams)).toEqual({
      status: "accepted",
      citation: "short",
      layout: "compact",
      format: "docx",
    });
  });

  it("offers the layout for Word only, and no citation style for W3C", () => {
    fakeExportApi(fileResponse("", {}));
    renderDialog();
    fireEvent.click(screen.getByRole("radio", { name: "HTML (print)" }));
    expect(screen.queryByRole("group", { name: "Layout" })).toBeNull();
    expect(screen.getByRole("group", { name: "Citation style" })).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "W3C JSON-LD" }));
    expect(screen.queryByRole("group", { name: "Citation style" })).toBeNull();
  });

  it("shows progress for a slow export, and cancels it", async () => {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
    fakeExportApi(fileResponse(body, { "X-Export-Count": "4" }));
    renderDialog();
    fireEvent.click(screen.getByRole("radio", { name: "JSON" }));
    fireEvent.click(screen.getByRole("button", { name: "Download" }));
    controller.enqueue(new TextEncoder().encode('{"items":[\n{"id":1},\n'));
    const bar = await screen.findByRole("progressbar", { name: "Export progress" }, { timeout: 2000 });
    await waitFor(() => expect(bar.getAttribute("aria-valuenow")).toBe("50"));
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(await screen.findByText("Export cancelled.")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(saved).toHaveLength(0);
  });

  it("names the problem when the export fails", async () => {
    fakeExportApi(
      () => new Response(JSON.stringify({ error: { code: "forbidden", message: "forbidden", details: null } }), { status: 403 }),
    );
    renderDialog();
    fireEvent.click(screen.getByRole("button", { name: "Download" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/permission/);
  });
});
