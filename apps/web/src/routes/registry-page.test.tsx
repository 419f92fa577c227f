// @vitest-environment jsdom
import { DelegationRegistry } from "@verbatim/contract";
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { apiError, type Call, fakeApi, testQueryClient, type Route as FakeRoute } from "../annotations/test-api.ts";
import type { DelegationEntry } from "../registry/delegations-query.ts";
import { entry, SAMPLE_ENTRIES } from "../registry/test-entries.ts";
import { RegistryPage } from "./registry-page.tsx";

function setup(opts: { add: boolean; url: string; items?: DelegationEntry[]; routes?: Record<string, FakeRoute> }) {
  const registry = { items: opts.items ?? SAMPLE_ENTRIES, can: { add: opts.add } };
  const api = fakeApi({
    "GET /api/registry/delegations": () => {
      expect(DelegationRegistry.safeParse(registry).success).toBe(true);
      return { status: 200, body: registry };
    },
    ...opts.routes,
  });
  render(
    <QueryClientProvider client={testQueryClient()}>
      <MemoryRouter initialEntries={[opts.url]}>
        <Routes>
          <Route path="/registry" element={<RegistryPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { api, registry };
}

const links = (list: HTMLElement) =>
  within(list)
    .getAllByRole("link")
    .map((a) => a.textContent);
const posts = (calls: Call[]) => calls.filter((c) => c.method === "POST").map((c) => c.body);
const gets = (calls: Call[]) => calls.filter((c) => c.method === "GET").length;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("RegistryPage", () => {
  it("opens a deep-linked entry with its members, and offers a viewer nothing to add with", async () => {
    setup({ add: false, url: "/registry?kind=group#G77" });
    const g77 = await screen.findByRole("region", { name: "Group of 77 and China" });
    expect(links(within(g77).getByRole("list", { name: "Members" }))).toEqual(["China", "Côte d'Ivoire", "State of Palestine"]);
    expect(screen.getByRole("button", { name: "Groups 2" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getAllByRole("rowheader").map((th) => th.textContent)).toEqual([
      "Group of 77 and China",
      "Permanent members of the Security Council",
    ]);
    expect(screen.queryByRole("button", { name: "Add entry" })).toBeNull();
    expect(screen.queryByLabelText("New alias")).toBeNull();
  });

  it("lists the groups a State belongs to (?entry=, any case)", async () => {
    setup({ add: false, url: "/registry?entry=fra" });
    const france = await screen.findByRole("region", { name: "France" });
    expect(links(within(france).getByRole("list", { name: "Member of" }))).toEqual([
      "European Union",
      "Permanent members of the Security Council",
    ]);
  });

  it("shows names as text, never as markup", async () => {
    const hostile = entry({ key: "X", name: "<img src=x onerror=alert(1)>", kind: "group", aliases: ["<b>bold</b>"], builtIn: false });
    setup({ add: false, url: "/registry#X", items: [hostile] });
    const region = await screen.findByRole("region", { name: hostile.name });
    expect(region.querySelector("img, b")).toBeNull();
    expect(within(region).getByText("<b>bold</b>")).toBeTruthy();
  });

  it("adds a group with members chosen by name or code, then opens it from the refreshed list", async () => {
    const added = entry({ key: "FRIENDS", name: "Friends of X", kind: "group", members: ["FRA", "CHN"], builtIn: false });
    const { api, registry } = setup({
      add: true,
      url: "/registry?q=zzz",
      routes: {
        "POST /api/registry/delegations": () => {
          registry.items = [...SAMPLE_ENTRIES, added];
          return { status: 201, body: added };
        },
      },
    });
    fireEvent.click(await screen.findByRole("button", { name: "Add entry" }));
    const form = screen.getByRole("form", { name: "Add an entry" });
    fireEvent.change(within(form).getByLabelText("Name"), { target: { value: "Friends of X" } });
    const members = within(form).getByRole("combobox", { name: "Members" });
    fireEvent.change(members, { target: { value: "France" } });
    fireEvent.change(members, { target: { value: "cn" } });
    fireEvent.change(members, { target: { value: "Atlantis" } });
    fireEvent.keyDown(members, { key: "Enter" });
    expect(within(form).getByRole("alert").textContent).toBe("No State in the registry is called ‘Atlantis’.");
    expect(
      within(within(form).getByRole("list", { name: "Chosen members" }))
        .getAllByRole("listitem")
        .map((li) => li.firstChild?.textContent),
    ).toEqual(["France", "China"]);
    const before = gets(api.calls);
    fireEvent.click(within(form).getByRole("button", { name: "Save entry" }));

    const details = await screen.findByRole("region", { name: "Friends of X" });
    expect(posts(api.calls)).toEqual([{ name: "Friends of X", kind: "group", members: ["FRA", "CHN"] }]);
    await waitFor(() => expect(document.activeElement).toBe(within(details).getByRole("heading", { name: "Friends of X" })));
    expect(links(within(details).getByRole("list", { name: "Members" }))).toEqual(["China", "France"]);
    expect(screen.queryByRole("form", { name: "Add an entry" })).toBeNull();
    // The filter that hid it is cleared, and the list is read again.
    await waitFor(() => expect(gets(api.calls)).toBeGreaterThan(before));
    expect((screen.getByLabelText("Filter the registry") as HTMLInputElement).value).toBe("");
    expect(await screen.findByRole("link", { name: "Friends of X", current: true })).toBeTruthy();
  });

  it("shows the API's conflict beside the alias field, with a link to the entry that has the name", async () => {
    setup({
      add: true,
      url: "/registry#CHN",
      routes: {
        "POST /api/registry/delegations": () =>
          apiError(409, "conflict", `"Ivory Coast" already names Côte d'Ivoire (CIV)`, { key: "CIV", name: "Côte d'Ivoire" }),
      },
    });
    const china = await screen.findByRole("region", { name: "China" });
    fireEvent.change(within(china).getByLabelText("New alias"), { target: { value: "Ivory Coast" } });
    fireEvent.click(within(china).getByRole("button", { name: "Add alias" }));
    const alert = await within(china).findByRole("alert");
    expect(alert.textContent).toBe(`"Ivory Coast" already names Côte d'Ivoire (CIV). Show Côte d'Ivoire`);
    fireEvent.click(within(alert).getByRole("link", { name: "Show Côte d'Ivoire" }));
    expect(await screen.findByRole("region", { name: "Côte d'Ivoire" })).toBeTruthy();
  });
});
