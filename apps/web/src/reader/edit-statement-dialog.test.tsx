// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { apiError, fakeApi, testQueryClient } from "../annotations/test-api.ts";
import { testStatementSummary } from "../queries/test-statement-summary.ts";
import type { Statement } from "../queries/use-statement.ts";
import { detailsChanges, EditStatementDialog } from "./edit-statement-dialog.tsx";

const statement: Statement = {
  ...testStatementSummary({
    id: "00000000-0000-4000-8000-000000000001",
    slug: "2023-05-22-ccpcj32-apg",
    title: "Statement by Malaysia",
    delegation: "Malaysia",
    forum: "CCPCJ",
    date: "2023-05-22",
  }),
  shownRevision: 1,
  paragraphs: [],
  importReport: { dropped: [], metadata: {} },
};
const values = {
  title: "Statement by Malaysia",
  speaker: "",
  delegation: "Malaysia",
  onBehalfOf: "",
  forum: "CCPCJ",
  meetingSymbol: "",
  date: "2023-05-22",
  language: "",
  sourceUrl: "",
};

/** The dialog also loads the registry for its suggestions: the calls that save are the others. */
const REGISTRY = "/api/registry/delegations";
const saves = <C extends { path: string }>(calls: C[]) => calls.filter((c) => c.path !== REGISTRY);
const registry = {
  items: [
    {
      key: "CHN",
      name: "China",
      kind: "member-state",
      iso2: "CN",
      iso3: "CHN",
      aliases: ["People's Republic of China", "PRC"],
      members: [],
      builtIn: true,
    },
    { key: "G77", name: "Group of 77 and China", kind: "group", iso2: null, iso3: null, aliases: ["G-77"], members: [], builtIn: true },
  ],
  can: { add: false },
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("detailsChanges", () => {
  it("sends only the fields the form changed, trimmed, an emptied one as null", () => {
    expect(detailsChanges(statement, values)).toEqual({ version: 1 });
    expect(detailsChanges(statement, { ...values, title: "  New title ", forum: "", speaker: "Ms. Aziz", date: "2023-05-22" })).toEqual({
      version: 1,
      title: "New title",
      forum: null,
      speaker: "Ms. Aziz",
    });
  });
});

function renderDialog(onClose = vi.fn()) {
  render(
    <QueryClientProvider client={testQueryClient()}>
      <EditStatementDialog statement={statement} onClose={onClose} />
    </QueryClientProvider>,
  );
  return onClose;
}

describe("EditStatementDialog", () => {
  it("saves the changed fields with the version it was opened at, and closes", async () => {
    const { calls } = fakeApi({
      [`PATCH /api/statements/${statement.slug}`]: () => ({
        status: 200,
        body: { statement: { ...statement, title: "Corrected", version: 2 } },
      }),
    });
    const onClose = renderDialog();
    fireEvent.change(screen.getByLabelText("Title"), { target: { value: "Corrected" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(saves(calls).map((c) => c.body)).toEqual([{ version: 1, title: "Corrected" }]);
  });

  it("refuses an empty title before sending anything", () => {
    const { calls } = fakeApi({});
    renderDialog();
    fireEvent.change(screen.getByLabelText("Title"), { target: { value: "  " } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getByText(/Give the statement a title/)).toBeTruthy();
    expect(saves(calls)).toEqual([]);
  });

  it("on a conflict shows someone else's version, and saves against it next time", async () => {
    const theirs = {
      ...testStatementSummary({ id: statement.id, slug: statement.slug, title: "Their title", delegation: "Malaysia" }),
      version: 2,
    };
    let answer = apiError(409, "version_conflict", "changed", { current: theirs });
    const { calls } = fakeApi({ [`PATCH /api/statements/${statement.slug}`]: () => answer });
    const onClose = renderDialog();
    fireEvent.change(screen.getByLabelText("Title"), { target: { value: "My title" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText(/Someone else changed these details/)).toBeTruthy();
    expect((screen.getByLabelText("Title") as HTMLTextAreaElement).value).toBe("Their title");
    expect(onClose).not.toHaveBeenCalled();

    answer = { status: 200, body: { statement: { ...statement, title: "My title", version: 3 } } };
    fireEvent.change(screen.getByLabelText("Title"), { target: { value: "My title" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(saves(calls).map((c) => c.body)).toEqual([
      { version: 1, title: "My title" },
      { version: 2, title: "My title" },
    ]);
  });

  it("offers the registry's names in the delegation and on-behalf-of fields, aliases shown beside them", async () => {
    fakeApi({ [`GET ${REGISTRY}`]: () => ({ status: 200, body: registry }) });
    renderDialog();
    // A text field with a list of suggestions is a combobox, once the registry has loaded.
    const delegation = (await screen.findByRole("combobox", { name: "Delegation" })) as HTMLInputElement;
    const options = (input: HTMLInputElement) =>
      [...(document.getElementById(input.getAttribute("list")!) as HTMLDataListElement).options].map((o) => [o.value, o.label]);
    expect(options(delegation)).toEqual([
      ["China", "People's Republic of China · PRC · CHN"],
      ["Group of 77 and China", "G-77"],
    ]);
    const behalf = screen.getByRole("combobox", { name: "On behalf of" }) as HTMLInputElement;
    expect(options(behalf)).toEqual([["Group of 77 and China", "G-77"]]);
  });
});
