// @vitest-environment jsdom
import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryRouter, Route, Routes } from "react-router";
import { apiError, fakeApi, testQueryClient, type Route as FakeRoute } from "../annotations/test-api.ts";
import { ANALYST_ABILITIES } from "../annotations/test-fixtures.ts";
import { meQuery, type Me } from "../queries/use-me.ts";
import { WorkspaceMenu } from "./workspace-menu.tsx";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const DESK = { id: id(1), name: "Desk", role: "admin" } as const;
const VIENNA = { id: id(2), name: "Vienna desk", role: "viewer" } as const;
const GENEVA = { id: id(3), name: "Geneva desk", role: "admin" } as const;

/** Ada in Desk; `createWorkspace` is the API's verdict, and the menu goes by it alone. */
function me(createWorkspace: boolean, workspaces: Me["workspaces"] = [DESK], workspace: Me["workspace"] = DESK): Me {
  return {
    user: { id: id(9), name: "Ada Okafor", email: "ada@example.org" },
    workspace,
    abilities: { ...ANALYST_ABILITIES, createWorkspace },
    workspaces,
    csrfToken: null,
  };
}

function renderMenu(session: Me, routes: Record<string, FakeRoute> = {}): { api: ReturnType<typeof fakeApi>; client: QueryClient } {
  const api = fakeApi(routes);
  const client = testQueryClient();
  client.setQueryData(meQuery().queryKey, session);
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={["/s/2024-05-01-unsc-arcadia"]}>
        <WorkspaceMenu me={session} />
        <Routes>
          <Route path="/" element={<h1>Library</h1>} />
          <Route path="/s/:slug" element={<h1>Reader</h1>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { api, client };
}

const openMenu = () => {
  const toggle = screen.getByRole("button", { name: "Workspace: Desk" });
  fireEvent.click(toggle);
  return toggle;
};

const openDialog = () => {
  openMenu();
  fireEvent.click(screen.getByRole("button", { name: "New workspace…" }));
  return screen.getByRole("dialog", { name: "New workspace" });
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the workspace menu", () => {
  it("is only the workspace's name when there is nowhere else to go", () => {
    renderMenu(me(false));
    expect(screen.getByText("Desk")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Workspace/ })).toBeNull();
  });

  it("lists the user's workspaces to switch to, and offers no new one when the API says they may not create one", () => {
    renderMenu(me(false, [DESK, VIENNA]));
    const toggle = openMenu();
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const list = screen.getByRole("list", { name: "Your workspaces" });
    expect(within(list).getByText("Desk").closest("[aria-current]")).toBeTruthy();
    expect(within(list).getByRole("button", { name: /Vienna desk/ })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "New workspace…" })).toBeNull();
  });

  it("closes on Escape and gives the focus back to its button", () => {
    renderMenu(me(true));
    const toggle = openMenu();
    const item = screen.getByRole("button", { name: "New workspace…" });
    item.focus();
    fireEvent.keyDown(item, { key: "Escape" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(toggle);
  });

  it("switches to another workspace and lands on its library", async () => {
    const { api, client } = renderMenu(me(false, [DESK, VIENNA]), {
      "POST /api/me/workspace": () => ({ status: 200, body: me(false, [DESK, VIENNA], VIENNA) }),
    });
    openMenu();
    fireEvent.click(screen.getByRole("button", { name: /Vienna desk/ }));
    await screen.findByRole("heading", { name: "Library" });
    expect(api.calls.map((c) => [c.method, c.path, c.body])).toEqual([["POST", "/api/me/workspace", { workspaceId: VIENNA.id }]]);
    expect(client.getQueryData(meQuery().queryKey)?.workspace).toEqual(VIENNA);
  });
});

describe("the New workspace dialog", () => {
  it("opens on its name field, refuses a blank name without asking the API, then creates, switches and lands on the library", async () => {
    const { api, client } = renderMenu(me(true), {
      "POST /api/workspaces": () => ({ status: 201, body: { workspace: GENEVA } }),
      "POST /api/me/workspace": () => ({ status: 200, body: me(true, [DESK, GENEVA], GENEVA) }),
    });
    const dialog = openDialog();
    const name = within(dialog).getByLabelText("Workspace name");
    expect(document.activeElement).toBe(name);

    fireEvent.change(name, { target: { value: "   " } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Create workspace" }));
    expect(within(dialog).getByText("Enter a name for the workspace (up to 100 characters).")).toBeTruthy();
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(api.calls).toEqual([]);

    fireEvent.change(name, { target: { value: "Geneva desk" } });
    fireEvent.submit(name.closest("form")!);
    await screen.findByRole("heading", { name: "Library" });
    expect(api.calls.map((c) => [c.method, c.path, c.body])).toEqual([
      ["POST", "/api/workspaces", { name: "Geneva desk" }],
      ["POST", "/api/me/workspace", { workspaceId: GENEVA.id }],
    ]);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(client.getQueryData(meQuery().queryKey)?.workspace).toEqual(GENEVA);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Workspace: Desk" }));
  });

  it("says so on the field when the user already has a workspace of that name, and switches nowhere", async () => {
    const { api } = renderMenu(me(true), {
      "POST /api/workspaces": () => apiError(409, "conflict", 'you already belong to a workspace named "Desk": choose another name'),
    });
    const dialog = openDialog();
    const name = within(dialog).getByLabelText("Workspace name");
    fireEvent.change(name, { target: { value: "desk" } });
    fireEvent.submit(name.closest("form")!);
    await within(dialog).findByText("You already have a workspace of this name. Choose another.");
    expect(document.activeElement).toBe(name);
    expect(api.calls.map((c) => c.path)).toEqual(["/api/workspaces"]);
    expect(screen.getByRole("heading", { name: "Reader" })).toBeTruthy();
  });

  it("when the new workspace cannot be opened, says it exists and only opens it on the next try", async () => {
    let attempts = 0;
    const { api } = renderMenu(me(true), {
      "POST /api/workspaces": () => ({ status: 201, body: { workspace: GENEVA } }),
      "POST /api/me/workspace": () => {
        attempts += 1;
        return attempts === 1 ? apiError(500, "internal") : { status: 200, body: me(true, [DESK, GENEVA], GENEVA) };
      },
    });
    const dialog = openDialog();
    const name = within(dialog).getByLabelText("Workspace name");
    fireEvent.change(name, { target: { value: "Geneva desk" } });
    fireEvent.submit(name.closest("form")!);
    await within(dialog).findByText(/Geneva desk was created, but could not be opened/);
    fireEvent.click(within(dialog).getByRole("button", { name: "Open Geneva desk" }));
    await screen.findByRole("heading", { name: "Library" });
    expect(api.calls.map((c) => c.path)).toEqual(["/api/workspaces", "/api/me/workspace", "/api/me/workspace"]);
  });

  it("closes on Cancel and on Escape without a request", () => {
    const { api } = renderMenu(me(true));
    fireEvent.click(within(openDialog()).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    fireEvent.keyDown(openDialog(), { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(api.calls).toEqual([]);
  });
});

it("lists a new workspace in `me` as soon as it is created, before the switch answers", async () => {
  let answer: (value: { status: number; body: unknown }) => void = () => {};
  const { client } = renderMenu(me(true), {
    "POST /api/workspaces": () => ({ status: 201, body: { workspace: GENEVA } }),
    "POST /api/me/workspace": () => new Promise((resolve) => (answer = resolve)),
  });
  const dialog = openDialog();
  const name = within(dialog).getByLabelText("Workspace name");
  fireEvent.change(name, { target: { value: "Geneva desk" } });
  fireEvent.submit(name.closest("form")!);
  await waitFor(() => expect(client.getQueryData(meQuery().queryKey)?.workspaces).toEqual([DESK, GENEVA]));
  expect(client.getQueryData(meQuery().queryKey)?.workspace).toEqual(DESK);
  answer({ status: 200, body: me(true, [DESK, GENEVA], GENEVA) });
  await screen.findByRole("heading", { name: "Library" });
});
