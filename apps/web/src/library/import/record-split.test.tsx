// @vitest-environment jsdom
import { ImportRecordRequest } from "@verbatim/contract";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeApi, RECORD_PREVIEW, type FakeApi } from "./fake-import-api.ts";
import { type, renderDialog } from "./import-test-support.tsx";

const record = "The President: I call on the representative of China.\n\nMr. Zhang Jun (China): We welcome the report.";

let api: FakeApi;
beforeEach(() => {
  api = fakeApi();
  api.answerPreview(() => ({ status: 200, body: RECORD_PREVIEW }));
  vi.stubGlobal("fetch", api.fetch);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function openRecord() {
  type("Statement text", record);
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  return screen.findByRole("table");
}

describe("a meeting record split by speaker", () => {
  it("offers a statement per turn, every one chosen, with the meeting's fields", async () => {
    renderDialog();
    const table = await openRecord();
    expect((screen.getByRole("radio", { name: "Split into 3 statements by speaker" }) as HTMLInputElement).checked).toBe(true);
    expect(
      within(table)
        .getAllByRole("checkbox")
        .every((box) => (box as HTMLInputElement).checked),
    ).toBe(true);
    expect((screen.getByLabelText("Delegation of turn 2") as HTMLInputElement).value).toBe("China");
    expect(within(table).getByText("pp. 3–4")).toBeTruthy();
    expect(within(table).getByText("es")).toBeTruthy();
    expect((screen.getByLabelText("Meeting symbol") as HTMLInputElement).value).toBe("S/PV.9500");
    expect((screen.getByLabelText("Forum") as HTMLInputElement).value).toBe("Security Council");

    const show = screen.getByRole("button", { name: "Show the text of turn 2 (1 paragraph)" });
    fireEvent.click(show);
    expect(show.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByText("Mr. Zhang Jun spoke about the situation.")).toBeTruthy();
  });

  it("imports the chosen turns with what the analyst changed, and links the statements made", async () => {
    renderDialog();
    await openRecord();
    fireEvent.click(screen.getByLabelText("Import turn 1: The President"));
    type("Delegation of turn 2", "People's Republic of China");
    type("Forum", "Security Council, 9500th meeting");
    fireEvent.click(screen.getByRole("button", { name: "Import 2 statements" }));

    const heading = await screen.findByRole("heading", { name: "3 statements imported" });
    const links = within(heading.closest("section")!).getAllByRole("link");
    expect(links[1]?.getAttribute("href")).toBe("/s/2023-12-07-s-pv-9500-1");
    const body = ImportRecordRequest.parse(api.bodies("/api/imports/record")[0]);
    expect(body).toEqual({
      format: "text",
      content: record,
      turns: [{ index: 1, delegation: "People's Republic of China" }, { index: 2 }],
      forum: "Security Council, 9500th meeting",
      date: "2023-12-07",
      meetingSymbol: "S/PV.9500",
    });
  });

  it("selects none and all, and will not import no turn at all", async () => {
    renderDialog();
    await openRecord();
    fireEvent.click(screen.getByRole("button", { name: "Select none" }));
    expect(screen.getByText("0 of 3 chosen")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Import 0 statements" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Select all" }));
    expect(screen.getByRole("button", { name: "Import 3 statements" })).toBeTruthy();
  });

  it("follows a large record's job, then links the statements", async () => {
    api.recordAsJob([
      { state: "running", progress: { stage: "storing", done: 1, total: 3 } },
      { state: "succeeded", progress: { stage: "done", done: 3, total: 3 } },
    ]);
    renderDialog();
    await openRecord();
    fireEvent.click(screen.getByRole("button", { name: "Import 3 statements" }));
    expect(await screen.findByText(/storing the statements \(1 of 3\)… 33%/, {}, { timeout: 5_000 })).toBeTruthy();
    expect(screen.getByRole("progressbar", { name: "Import progress" }).getAttribute("aria-valuenow")).toBe("33");
    await screen.findByRole("heading", { name: "3 statements imported" }, { timeout: 5_000 });
  });

  it("sends a record's file again as multipart, with the turns as JSON", async () => {
    renderDialog();
    fireEvent.change(screen.getByLabelText("Upload files"), { target: { files: [new File(["%PDF"], "S-PV-9500.pdf")] } });
    await screen.findByRole("table");
    fireEvent.click(screen.getByRole("button", { name: "Import 3 statements" }));
    await screen.findByRole("heading", { name: "3 statements imported" });
    const [body] = api.bodies("/api/imports/record") as Record<string, unknown>[];
    expect(body).toMatchObject({ file: { file: "S-PV-9500.pdf" }, forum: "Security Council", meetingSymbol: "S/PV.9500" });
    expect(JSON.parse(body!["turns"] as string)).toEqual([{ index: 0 }, { index: 1 }, { index: 2 }]);
  });

  it("imports the whole record as one statement when the analyst says so", async () => {
    renderDialog();
    await openRecord();
    fireEvent.click(screen.getByRole("radio", { name: "Import the whole text as one statement" }));
    expect(screen.queryByRole("table")).toBeNull();
    type(/^Title/, "Security Council, 9500th meeting");
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    await screen.findByText("Opened 2023-12-07-remarks");
    expect(api.bodies("/api/imports/record")).toHaveLength(0);
  });
});
