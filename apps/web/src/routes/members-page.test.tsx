// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryRouter, Outlet, Route, Routes } from "react-router";
import { apiError, fakeApi, testQueryClient, type Route as FakeRoute } from "../annotations/test-api.ts";
import { ANALYST_ABILITIES } from "../annotations/test-fixtures.ts";
import type { Me } from "../queries/use-me.ts";
import { MembersPage } from "./members-page.tsx";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const ANY = { changeRole: true, remove: true };
const ADA = { id: id(1), name: "Ada Okafor", email: "ada@example.org", role: "admin", joinedAt: "2024-01-01T10:00:00.000Z", can: ANY };
const NIA = { id: id(2), name: "Nia Ndlovu", email: "nia@example.org", role: "analyst", joinedAt: "2024-02-01T10:00:00.000Z", can: ANY };

/** Ada, an admin; `manageMembers` is the API's verdict, and the page goes by it alone. */
function me(manageMembers: boolean): Me {
  const workspace = { id: id(9), name: "Desk", role: manageMembers ? "admin" : "reviewer" } as const;
  return {
    user: { id: ADA.id, name: ADA.name, email: ADA.email },
    workspace,
    abilities: { ...ANALYST_ABILITIES, manageMembers },
    workspaces: [workspace],
    csrfToken: null,
  };
}

function renderPage(manageMembers: boolean, routes: Record<string, FakeRoute> = {}) {
  const api = fakeApi({
    "GET /api/members": () => ({ status: 200, body: { items: [ADA, NIA] } }),
    "GET /api/invitations": () => ({ status: 200, body: { items: [] } }),
    ...routes,
  });
  render(
    <QueryClientProvider client={testQueryClient()}>
      <MemoryRouter initialEntries={["/members"]}>
        <Routes>
          <Route element={<Outlet context={me(manageMembers)} />}>
            <Route path="/members" element={<MembersPage />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return api;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the Members page", () => {
  it("tells someone the API does not let manage members that only admins do", () => {
    const api = renderPage(false);
    expect(screen.getByText(/Only admins manage members/)).toBeTruthy();
    expect(api.calls).toEqual([]);
  });

  it("saves a role as soon as it is chosen, says so, and reads the list again for what may now be done", async () => {
    const adaAlone = { ...ADA, can: { changeRole: false, remove: false } };
    const niaAdmin = { ...NIA, role: "admin" };
    let promoted = false;
    const api = renderPage(true, {
      "GET /api/members": () => ({ status: 200, body: { items: promoted ? [ADA, niaAdmin] : [adaAlone, NIA] } }),
      [`PATCH /api/members/${NIA.id}`]: () => {
        promoted = true;
        return { status: 200, body: { member: niaAdmin } };
      },
    });
    const ada = (await screen.findByLabelText("Role of Ada Okafor")) as HTMLSelectElement;
    expect(ada.disabled).toBe(true);
    const select = screen.getByLabelText("Role of Nia Ndlovu") as HTMLSelectElement;
    fireEvent.change(select, { target: { value: "admin" } });
    await waitFor(() => expect(screen.getByText("Nia Ndlovu is now an admin.")).toBeTruthy());
    expect(select.value).toBe("admin");
    expect(api.calls.find((c) => c.method === "PATCH")?.body).toEqual({ role: "admin" });
    // Ada is no longer the last admin: the list read again says her role may change now.
    await waitFor(() => expect((screen.getByLabelText("Role of Ada Okafor") as HTMLSelectElement).disabled).toBe(false));
  });

  it("puts the role back and shows the API's reason when the change is refused", async () => {
    renderPage(true, {
      [`PATCH /api/members/${ADA.id}`]: () => apiError(409, "last_admin", "the workspace needs an admin: make someone else an admin first"),
    });
    const select = (await screen.findByLabelText("Role of Ada Okafor")) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: "viewer" } });
    await waitFor(() =>
      expect(
        screen.getByText(/Ada Okafor’s role was not changed. The workspace needs an admin: make someone else an admin first./),
      ).toBeTruthy(),
    );
    expect(select.value).toBe("admin");
  });

  it("offers no role change nor removal where the API refuses them (the last admin), and says why", async () => {
    const lastAdmin = { ...ADA, can: { changeRole: false, remove: false } };
    renderPage(true, { "GET /api/members": () => ({ status: 200, body: { items: [lastAdmin, NIA] } }) });
    const select = (await screen.findByLabelText("Role of Ada Okafor")) as HTMLSelectElement;
    expect(select.disabled).toBe(true);
    expect(document.getElementById(select.getAttribute("aria-describedby") ?? "")?.textContent).toMatch(/last admin/);
    expect(screen.queryByRole("button", { name: "Remove Ada Okafor" })).toBeNull();
    expect(((await screen.findByLabelText("Role of Nia Ndlovu")) as HTMLSelectElement).disabled).toBe(false);
    expect(screen.getByRole("button", { name: "Remove Nia Ndlovu" })).toBeTruthy();
  });

  it("asks before removing a member, and removes them", async () => {
    let removed = false;
    const api = renderPage(true, {
      "GET /api/members": () => ({ status: 200, body: { items: removed ? [ADA] : [ADA, NIA] } }),
      [`DELETE /api/members/${NIA.id}`]: () => {
        removed = true;
        return { status: 204 };
      },
    });
    fireEvent.click(await screen.findByRole("button", { name: "Remove Nia Ndlovu" }));
    const dialog = screen.getByRole("dialog", { name: "Remove Nia Ndlovu?" });
    expect(api.calls.some((c) => c.method === "DELETE")).toBe(false);
    fireEvent.click(within(dialog).getByRole("button", { name: "Remove" }));
    await waitFor(() => expect(screen.getByText("Nia Ndlovu was removed from Desk.")).toBeTruthy());
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.queryByLabelText("Role of Nia Ndlovu")).toBeNull();
  });

  it("creates an invitation and shows its link once", async () => {
    const invitation = {
      id: id(5),
      role: "analyst",
      note: "for Rosa",
      createdAt: "2024-03-01T10:00:00.000Z",
      expiresAt: "2024-03-08T10:00:00.000Z",
      createdBy: { id: ADA.id, name: ADA.name },
      status: "pending",
      acceptedBy: null,
    };
    const api = renderPage(true, {
      "POST /api/invitations": () => ({ status: 201, body: { invitation, token: "vbi_x", url: "http://app/invite/vbi_x" } }),
    });
    fireEvent.change(await screen.findByLabelText("Who is it for? (optional)"), { target: { value: " for Rosa " } });
    fireEvent.click(screen.getByRole("button", { name: "Create invitation link" }));
    expect(((await screen.findByLabelText("Invitation link")) as HTMLInputElement).value).toBe("http://app/invite/vbi_x");
    expect(api.calls.find((c) => c.method === "POST")?.body).toEqual({ role: "analyst", note: "for Rosa", expiresInDays: 7 });
  });
});
