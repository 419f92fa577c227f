// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeCode } from "../codebook/test-codes.ts";
import type { Code } from "../queries/codebook-query.ts";
import { CodeChipsInput } from "./code-chips-input.tsx";
import { fakeApi, testQueryClient } from "./test-api.ts";

const cybercrime = makeCode({ name: "cybercrime", uses: 5, definition: "Crimes committed with computers" });
const cyberwar = makeCode({ name: "cyber warfare", uses: 1, status: "deprecated" });
const terrorism = makeCode({ name: "terrorism", uses: 2 });

/** The codebook, and its `q` search: what matches the text, each with how. */
function codebookApi() {
  return fakeApi({
    "GET /api/codebook/codes": (_body, url) => {
      const q = url.searchParams.get("q");
      const all = [cybercrime, cyberwar, terrorism];
      const items: Code[] = !q
        ? all
        : q.replace(/[\s-]/g, "").toLowerCase() === "cybercrime"
          ? [{ ...cybercrime, match: "same" }]
          : all.filter((c) => c.name.startsWith(q)).map((c) => ({ ...c, match: "prefix" as const }));
      return { status: 200, body: { items, can: { create: true, govern: false } } };
    },
  });
}

function Field({ preferred = [] }: { preferred?: string[] }) {
  const [values, setValues] = useState<string[]>([]);
  const [draft, setDraft] = useState("");
  return (
    <>
      <CodeChipsInput
        type="topic"
        label="Topics"
        values={values}
        draft={draft}
        onValuesChange={setValues}
        onDraftChange={setDraft}
        preferred={preferred}
      />
      <output aria-label="Chosen">{values.join("|")}</output>
    </>
  );
}

function setup(preferred?: string[]) {
  const api = codebookApi();
  render(
    <QueryClientProvider client={testQueryClient()}>
      <Field preferred={preferred} />
    </QueryClientProvider>,
  );
  return api;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const input = () => screen.getByRole("combobox", { name: "Topics" });
const type = (text: string) => fireEvent.change(input(), { target: { value: text } });

describe("CodeChipsInput", () => {
  it("suggests the codebook's codes with their definitions, leaving deprecated ones out", async () => {
    setup(["cyber warfare"]);
    type("cyber");
    const list = await screen.findByRole("listbox", { name: "Suggestions" });
    // Once the codebook is in, the field's own deprecated name is gone and the definition shows.
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole("option")
          .map((o) => o.textContent),
      ).toEqual(["cybercrimeCrimes committed with computers"]),
    );
  });

  it("offers the existing code for a near-duplicate, and adds it instead of the new spelling", async () => {
    setup();
    type("Cyber Crime");
    const offer = await screen.findByRole("button", { name: "Use the existing topic ‘cybercrime’" });
    expect(offer).toBeTruthy();
    fireEvent.keyDown(input(), { key: "Enter" });
    expect(screen.getByRole("status", { name: "Chosen" }).textContent).toBe("cybercrime");
    expect(screen.queryByRole("button", { name: /Use the existing topic/ })).toBeNull();
  });

  it("keeps a new name as typed when nothing in the codebook is the same", async () => {
    setup();
    type("ter");
    expect(await screen.findByRole("option", { name: /terrorism/ })).toBeTruthy();
    type("organised crime");
    fireEvent.keyDown(input(), { key: "Enter" });
    expect(screen.getByRole("status", { name: "Chosen" }).textContent).toBe("organised crime");
  });
});
