// @vitest-environment jsdom
import { type Annotation, CreateAnnotationRequest } from "@verbatim/contract";
import type { AnnotationKind } from "@verbatim/core";
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { meQuery } from "../queries/use-me.ts";
import { annotationsQuery } from "./annotation-query.ts";
import { AnnotationForm } from "./annotation-form.tsx";
import { type Call, fakeApi, testQueryClient } from "./test-api.ts";
import { makeAnnotation, makeMe } from "./test-fixtures.ts";
import { instrumentsQuery, labelsQuery } from "./use-vocabulary.ts";

const slug = "2023-12-07-unsc-china";
const draft = {
  target: { paragraphId: "p3", start: 4, end: 40 },
  quote: { exact: "welcomes the adoption of the convention", prefix: "The delegation ", suffix: "." },
};
const instruments = [
  {
    key: "UNTOC",
    name: "United Nations Convention against Transnational Organized Crime",
    shortNames: ["Palermo Convention"],
    symbol: null,
    adoptedBy: null,
    inForce: null,
  },
];
let client = testQueryClient();

function setup(kind: AnnotationKind, extra: { mode?: "create" | "edit"; annotation?: Annotation } = {}) {
  const saved = makeAnnotation({ kind });
  const api = fakeApi({
    [`POST /api/statements/${slug}/annotations`]: () => ({ status: 201, body: { annotation: saved } }),
    [`PATCH /api/annotations/${extra.annotation?.id ?? "x"}`]: () => ({ status: 200, body: { annotation: saved } }),
    "GET /api/paragraphs/search": () => ({ status: 200, body: { items: [] } }),
  });
  const onSaved = vi.fn();
  const onCancel = vi.fn();
  render(
    <QueryClientProvider client={client}>
      <AnnotationForm
        mode={extra.mode ?? "create"}
        kind={kind}
        target={draft}
        statementSlug={slug}
        annotation={extra.annotation}
        onSaved={onSaved}
        onCancel={onCancel}
      />
    </QueryClientProvider>,
  );
  return { ...api, onSaved, onCancel, saved };
}

beforeEach(() => {
  client = testQueryClient();
  client.setQueryData(meQuery().queryKey, makeMe("analyst"));
  client.setQueryData(labelsQuery().queryKey, {
    items: [
      { name: "priority", uses: 4 },
      { name: "cybercrime", uses: 2 },
    ],
  });
  client.setQueryData(instrumentsQuery().queryKey, { items: instruments });
  client.setQueryData(annotationsQuery(slug).queryKey, []);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const form = (name: string) => screen.getByRole("form", { name });
const posts = (calls: Call[]) => calls.filter((c) => c.method !== "GET");

describe("AnnotationForm", () => {
  it("labels every field", () => {
    setup("position");
    for (const label of ["Stance", "Topics", "Labels", "Note"]) expect(screen.getByLabelText(label)).toBeTruthy();
    cleanup();
    setup("commitment");
    for (const label of ["Strength", "Actor", "Action"]) expect(screen.getByLabelText(label)).toBeTruthy();
    cleanup();
    setup("cross-reference");
    for (const label of ["Relation", "Target"]) expect(screen.getByLabelText(label)).toBeTruthy();
  });

  it("tags a position: the payload fits the contract, is shown at once, and the form reports the new ID", async () => {
    const { calls, onSaved } = setup("position");
    expect(screen.getByText(draft.quote.exact)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Stance"), { target: { value: "welcomes" } });
    fireEvent.change(screen.getByLabelText("Topics"), { target: { value: "cybercrime, treaty" } });
    const labels = screen.getByLabelText("Labels");
    fireEvent.change(labels, { target: { value: "Priority" } });
    fireEvent.keyDown(labels, { key: "Enter" });
    expect(screen.getByRole("button", { name: "Remove label priority" })).toBeTruthy();
    fireEvent.keyDown(labels, { key: "Enter" });

    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    const body = posts(calls)[0]?.body;
    expect(body).toEqual({
      kind: "position",
      target: { ...draft.target, exact: draft.quote.exact },
      attributes: { stance: "welcomes", topics: ["cybercrime", "treaty"] },
      labels: ["priority"],
    });
    expect(CreateAnnotationRequest.safeParse(body).success).toBe(true);
    const id = onSaved.mock.calls[0]?.[0] as string;
    expect(id).toMatch(/^optimistic-/);
  });

  it("shows per-field errors instead of sending an incomplete tag", () => {
    const { calls } = setup("commitment");
    fireEvent.change(screen.getByLabelText("Actor"), { target: { value: "x".repeat(201) } });
    fireEvent.submit(form("Tag as commitment"));
    expect(screen.getByText("Choose how strong the commitment is.")).toBeTruthy();
    expect(screen.getByText("The actor is at most 200 characters.")).toBeTruthy();
    expect(posts(calls)).toHaveLength(0);
  });

  it("tags a commitment with Ctrl+Enter and cancels with Escape", async () => {
    const { calls, onCancel } = setup("commitment");
    fireEvent.click(screen.getByLabelText("Pledge"));
    fireEvent.change(screen.getByLabelText("Action"), { target: { value: "fund training" } });
    fireEvent.keyDown(screen.getByLabelText("Action"), { key: "Enter", ctrlKey: true });
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0]?.body).toMatchObject({ attributes: { strength: "pledge", action: "fund training" } });
    fireEvent.keyDown(screen.getByLabelText("Actor"), { key: "Escape" });
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it("picks a cross-reference target from the registry by its other names", async () => {
    const { calls } = setup("cross-reference");
    const input = screen.getByRole("combobox", { name: "Target" });
    fireEvent.change(input, { target: { value: "palermo" } });
    const option = screen.getByRole("option", { name: /UNTOC/ });
    expect(option.getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(input, { key: "Escape" }); // closes the list, does not cancel the form
    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "Enter" });
    expect((input as HTMLInputElement).value).toBe("UNTOC");
    fireEvent.click(screen.getByLabelText("Implements"));
    fireEvent.keyDown(input, { key: "Enter" });
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0]?.body).toMatchObject({ kind: "cross-reference", attributes: { target: "UNTOC", relation: "implements" } });
  });

  it("accepts a typed UN symbol and refuses an unknown name", async () => {
    const { calls } = setup("cross-reference");
    const input = screen.getByRole("combobox", { name: "Target" });
    fireEvent.change(input, { target: { value: "Vienna Declaration" } });
    fireEvent.submit(form("Tag as cross-reference"));
    expect(screen.getByText(/Not a known instrument/)).toBeTruthy();
    fireEvent.change(input, { target: { value: "S/PRST/2023/6" } });
    expect(screen.getByRole("option", { name: /Use S\/PRST\/2023\/6/ })).toBeTruthy();
    fireEvent.submit(form("Tag as cross-reference"));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0]?.body).toMatchObject({ attributes: { target: "S/PRST/2023/6", relation: "cites" } });
  });

  it("edits an annotation: sends its version and the changed fields, keeping the note", async () => {
    const note = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Keep this" }] }] };
    const annotation = makeAnnotation({
      version: 4,
      attributes: { stance: "supports" },
      labels: ["priority"],
      note: "Keep this",
      noteDoc: note,
    });
    const { calls, onSaved } = setup("position", { mode: "edit", annotation });
    fireEvent.change(screen.getByLabelText("Stance"), { target: { value: "opposes" } });
    fireEvent.submit(form("Edit position"));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0]).toMatchObject({
      method: "PATCH",
      body: { version: 4, attributes: { stance: "opposes" }, labels: ["priority"], note },
    });
    expect(onSaved).toHaveBeenCalledWith(annotation.id);
  });

  it("accepts a suggestion with edited attributes: prefilled, no labels or note, and nothing saved by the form itself", async () => {
    const api = fakeApi({});
    const onAccept = vi.fn();
    render(
      <QueryClientProvider client={client}>
        <AnnotationForm
          mode="accept"
          kind="commitment"
          target={draft}
          statementSlug={slug}
          prefill={{ strength: "pledge", actor: "China" }}
          onAccept={onAccept}
          onSaved={vi.fn()}
          onCancel={vi.fn()}
        />
      </QueryClientProvider>,
    );
    expect(screen.getByRole<HTMLInputElement>("radio", { name: /^Pledge/ }).checked).toBe(true);
    expect(screen.queryByLabelText("Labels")).toBeNull();
    expect(screen.queryByLabelText("Note")).toBeNull();
    fireEvent.change(screen.getByLabelText("Action"), { target: { value: "fund the programme" } });
    fireEvent.submit(form("Accept as commitment"));
    expect(onAccept).toHaveBeenCalledWith({ strength: "pledge", actor: "China", action: "fund the programme" });
    expect(posts(api.calls)).toHaveLength(0);
  });
});
