// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryRouter, useLocation } from "react-router";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { apiError, fakeApi, testQueryClient, type Route as FakeRoute } from "../annotations/test-api.ts";
import { makeMe } from "../annotations/test-fixtures.ts";
import { meQuery } from "../queries/use-me.ts";
import { SavedViews } from "./saved-views.tsx";
import type { SavedView } from "./saved-views-query.ts";
import { makeSavedView } from "./test-saved-views.ts";

beforeAll(() => {
  // jsdom has no showModal; the Modal shows its <dialog> with it.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
});

function Location() {
  const { pathname, search } = useLocation();
  return <p data-testid="location">{pathname + search}</p>;
}

function setup(views: SavedView[], routes: Record<string, FakeRoute> = {}, saveViews = true, savable = true) {
  const api = fakeApi({
    "GET /api/views": () => ({ status: 200, body: { items: views } }),
    ...routes,
  });
  // Who is signed in is known before the page renders (RequireSession reads it first), so "no Save view" means it.
  const client = testQueryClient();
  client.setQueryData(meQuery().queryKey, makeMe(saveViews ? "analyst" : "viewer", undefined, { saveViews }));
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={["/search?q=crime"]}>
        <SavedViews kind="search" params="q=crime" savable={savable} />
        <Location />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return api;
}

const openList = async () => {
  fireEvent.click(await screen.findByRole("button", { name: /^Saved searches \(\d+\)/ }));
  return screen.findByRole("list", { name: "Saved searches" });
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("SavedViews", () => {
  it("lists the workspace's views of its kind as links to their page, the shown one marked, with what each allows", async () => {
    const mine = makeSavedView(1, { name: "Cybercrime", params: "q=crime" });
    const theirs = makeSavedView(2, {
      name: "Their view",
      createdBy: { id: "1c7f8b5f-9b62-4b66-8e2d-4f1f3c8b2d22", name: "Ben Other" },
      can: { edit: false, delete: false },
    });
    const api = setup([mine, theirs]);
    const list = await openList();
    expect(new URLSearchParams(api.calls.find((c) => c.path === "/api/views")!.search).get("kind")).toBe("search");
    const [first, second] = within(list).getAllByRole("listitem");
    expect(within(first!).getByRole("link", { name: "Cybercrime" }).getAttribute("aria-current")).toBe("page");
    expect(within(first!).getByRole("button", { name: "Rename Cybercrime" })).toBeTruthy();
    expect(within(first!).getByRole("button", { name: "Delete Cybercrime" })).toBeTruthy();
    expect(within(second!).getByRole("link", { name: "Their view" }).getAttribute("href")).toBe("/search?q=crime2");
    expect(within(second!).getByRole("button", { name: "Copy link to Their view" })).toBeTruthy();
    expect(within(second!).queryByRole("button", { name: /Rename|Delete/ })).toBeNull();
    expect(second!.textContent).toContain("by Ben Other");

    fireEvent.click(within(second!).getByRole("link", { name: "Their view" }));
    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/search?q=crime2"));
    expect(screen.queryByRole("list", { name: "Saved searches" })).toBeNull();
  });

  it("saves the page's params by name, and says so; a name taken is said by the field", async () => {
    let taken = true;
    const api = setup([], {
      "POST /api/views": (body) => {
        if (taken) return apiError(409, "conflict", "There is already a search view named “Crime”: choose another name.");
        return { status: 201, body: { view: makeSavedView(3, body as Partial<SavedView>) } };
      },
    });
    fireEvent.click(await screen.findByRole("button", { name: "Save view" }));
    const dialog = screen.getByRole("dialog", { name: "Save this search" });
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Name" }), { target: { value: "  Crime " } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Save view" }));
    expect(await within(dialog).findByText("There is already a search view named “Crime”: choose another name.")).toBeTruthy();

    taken = false;
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Name" }), { target: { value: "Crime again" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Save view" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(api.calls.filter((c) => c.method === "POST").map((c) => c.body)).toEqual([
      { kind: "search", name: "Crime", params: "q=crime" },
      { kind: "search", name: "Crime again", params: "q=crime" },
    ]);
    expect((await screen.findByRole("status")).textContent).toContain("Saved “Crime again” for the workspace.");
  });

  it("refuses an empty name before asking the API", async () => {
    const api = setup([]);
    fireEvent.click(await screen.findByRole("button", { name: "Save view" }));
    const dialog = screen.getByRole("dialog", { name: "Save this search" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Save view" }));
    expect(within(dialog).getByText("Enter a name of up to 120 characters.")).toBeTruthy();
    expect(api.calls.some((c) => c.method === "POST")).toBe(false);
  });

  it("offers no Save view to a member who may not save views", async () => {
    setup([makeSavedView(1)], {}, false);
    await openList();
    expect(screen.queryByRole("button", { name: "Save view" })).toBeNull();
  });

  it("offers no Save view while the page has nothing to save, but still lists the views", async () => {
    setup([makeSavedView(1)], {}, true, false);
    await openList();
    expect(screen.queryByRole("button", { name: "Save view" })).toBeNull();
  });

  it("deletes a view with an Undo that restores it", async () => {
    const view = makeSavedView(4, { name: "Ratification" });
    const api = setup([view], {
      "DELETE /api/views/00000000-0000-4000-8000-000000000004": () => ({ status: 204 }),
      "POST /api/views/00000000-0000-4000-8000-000000000004/restore": () => ({ status: 200, body: { view } }),
    });
    const list = await openList();
    fireEvent.click(within(list).getByRole("button", { name: "Delete Ratification" }));
    const status = screen.getByRole("status");
    expect(await within(status).findByText("Deleted “Ratification”.")).toBeTruthy();
    fireEvent.click(within(status).getByRole("button", { name: "Undo" }));
    expect(await within(status).findByText("Restored “Ratification”.")).toBeTruthy();
    expect(api.calls.filter((c) => c.method !== "GET").map((c) => `${c.method} ${c.path}`)).toEqual([
      "DELETE /api/views/00000000-0000-4000-8000-000000000004",
      "POST /api/views/00000000-0000-4000-8000-000000000004/restore",
    ]);
  });

  it("says why an Undo failed when the name was taken meanwhile", async () => {
    const view = makeSavedView(5, { name: "Stances" });
    setup([view], {
      "DELETE /api/views/00000000-0000-4000-8000-000000000005": () => ({ status: 204 }),
      "POST /api/views/00000000-0000-4000-8000-000000000005/restore": () =>
        apiError(409, "conflict", "There is already a search view named “Stances”: choose another name."),
    });
    fireEvent.click(within(await openList()).getByRole("button", { name: "Delete Stances" }));
    fireEvent.click(await within(screen.getByRole("status")).findByRole("button", { name: "Undo" }));
    expect(await screen.findByText(/“Stances” could not be restored\. There is already a search view named “Stances”/)).toBeTruthy();
  });

  it("renames a view", async () => {
    const view = makeSavedView(6, { name: "Draft" });
    const api = setup([view], {
      "PATCH /api/views/00000000-0000-4000-8000-000000000006": (body) => ({
        status: 200,
        body: { view: { ...view, ...(body as object) } },
      }),
    });
    fireEvent.click(within(await openList()).getByRole("button", { name: "Rename Draft" }));
    const dialog = screen.getByRole("dialog", { name: "Rename view" });
    const field = within(dialog).getByRole("textbox", { name: "Name" });
    expect((field as HTMLInputElement).value).toBe("Draft");
    fireEvent.change(field, { target: { value: "Final" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Rename" }));
    expect(await screen.findByText("Renamed to “Final”.")).toBeTruthy();
    expect(api.calls.find((c) => c.method === "PATCH")?.body).toEqual({ name: "Final" });
  });

  it("copies a view's link, or shows it to copy by hand when the clipboard refuses", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    setup([makeSavedView(7, { name: "Shared" })]);
    fireEvent.click(within(await openList()).getByRole("button", { name: "Copy link to Shared" }));
    expect(await screen.findByText("Link to “Shared” copied.")).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/views/00000000-0000-4000-8000-000000000007`);

    writeText.mockImplementation(() => Promise.reject(new Error("denied")));
    fireEvent.click(within(await openList()).getByRole("button", { name: "Copy link to Shared" }));
    const link = await screen.findByRole("textbox", { name: /Copy the link to “Shared”/ });
    expect((link as HTMLInputElement).value).toBe(`${window.location.origin}/views/00000000-0000-4000-8000-000000000007`);
  });
});
