// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryRouter, Route, Routes } from "react-router";
import { apiError, fakeApi, testQueryClient, type Route as FakeRoute } from "../annotations/test-api.ts";
import { InvitationPage } from "./invitation-page.tsx";

const TOKEN = "vbi_test-token";
const PREVIEW = {
  workspace: { name: "Geneva desk" },
  role: "analyst",
  invitedBy: { name: "Ada Okafor" },
  expiresAt: "2030-01-08T10:00:00.000Z",
};
const ws = { id: "00000000-0000-4000-8000-0000000000aa", name: "Geneva desk", role: "analyst" };
const ME = {
  user: { id: "00000000-0000-4000-8000-0000000000bb", name: "Nia", email: "nia@example.org" },
  workspace: ws,
  abilities: {
    import: true,
    review: false,
    manageMembers: false,
    addInstruments: false,
    createWorkspace: false,
    assign: false,
    restoreStatements: false,
    saveViews: false,
  },
  workspaces: [ws],
  csrfToken: "c",
};

function renderPage(routes: Record<string, FakeRoute>) {
  const api = fakeApi({
    "GET /api/me": () => apiError(401, "unauthenticated"),
    [`GET /api/invite/${TOKEN}`]: () => ({ status: 200, body: PREVIEW }),
    ...routes,
  });
  render(
    <QueryClientProvider client={testQueryClient()}>
      <MemoryRouter initialEntries={[`/invite/${TOKEN}`]}>
        <Routes>
          <Route path="/invite/:token" element={<InvitationPage />} />
          <Route path="/" element={<p>Library</p>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return api;
}

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the invitation page", () => {
  it("says who invites whom where, and joins with a new account", async () => {
    const api = renderPage({ [`POST /api/invite/${TOKEN}/accept`]: () => ({ status: 201, body: ME }) });
    expect(await screen.findByText(/Ada Okafor invites you to join/)).toBeTruthy();
    expect(screen.getByText(/Ada Okafor invites you to join/).textContent).toBe(
      "Ada Okafor invites you to join Geneva desk as an analyst.",
    );
    fill("Your name", "Nia");
    fill("Email", "nia@example.org");
    fill("Password", "short");
    fireEvent.click(screen.getByRole("button", { name: "Create account and join Geneva desk" }));
    expect(await screen.findByText("Choose a password of at least 10 characters.")).toBeTruthy();
    expect(api.calls.filter((c) => c.method === "POST")).toEqual([]);
    fill("Password", "a long password");
    fireEvent.click(screen.getByRole("button", { name: "Create account and join Geneva desk" }));
    expect(await screen.findByText("Library")).toBeTruthy();
    expect(api.calls.find((c) => c.method === "POST")?.body).toEqual({
      account: "new",
      name: "Nia",
      email: "nia@example.org",
      password: "a long password",
    });
  });

  it("offers to sign in instead when the email has an account", async () => {
    const api = renderPage({
      [`POST /api/invite/${TOKEN}/accept`]: (body) =>
        (body as { account: string }).account === "new" ? apiError(409, "email_taken") : apiError(401, "invalid_credentials"),
    });
    await screen.findByText(/invites you/);
    fill("Your name", "Nia");
    fill("Email", "nia@example.org");
    fill("Password", "a long password");
    fireEvent.click(screen.getByRole("button", { name: /^Create account/ }));
    fireEvent.click(await screen.findByRole("button", { name: "Sign in with that account instead" }));
    expect((screen.getByRole("radio", { name: "Sign in with an existing account" }) as HTMLInputElement).checked).toBe(true);
    fill("Email", "nia@example.org");
    fill("Password", "wrong");
    fireEvent.click(screen.getByRole("button", { name: "Sign in and join Geneva desk" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Wrong email or password.");
    expect(api.calls.at(-1)?.body).toEqual({ account: "existing", email: "nia@example.org", password: "wrong" });
  });

  it("joins as the signed-in user in one click", async () => {
    const api = renderPage({
      "GET /api/me": () => ({ status: 200, body: ME }),
      [`POST /api/invite/${TOKEN}/accept`]: () => ({ status: 201, body: ME }),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Join Geneva desk" }));
    expect(await screen.findByText("Library")).toBeTruthy();
    expect(api.calls.at(-1)?.body).toEqual({ account: "signed-in" });
  });

  it.each([
    [apiError(404, "not_found"), /This invitation link is not valid/],
    [apiError(409, "invitation_unusable", "used", { status: "accepted" }), /already been used/],
    [apiError(409, "invitation_unusable", "revoked", { status: "revoked" }), /was revoked/],
    [apiError(409, "invitation_unusable", "expired", { status: "expired" }), /has expired/],
  ])("explains a link that cannot be used (%#) and links to sign-in", async (answer, text) => {
    renderPage({ [`GET /api/invite/${TOKEN}`]: () => answer });
    expect((await screen.findByRole("alert")).textContent).toMatch(text);
    expect(screen.getByRole("link", { name: "Go to sign in" }).getAttribute("href")).toBe("/login");
    expect(screen.queryByRole("button", { name: /join/i })).toBeNull();
  });

  it("shows why when the link is used up while the form is open", async () => {
    let used = false;
    renderPage({
      [`GET /api/invite/${TOKEN}`]: () =>
        used ? apiError(409, "invitation_unusable", "used", { status: "accepted" }) : { status: 200, body: PREVIEW },
      [`POST /api/invite/${TOKEN}/accept`]: () => {
        used = true;
        return apiError(409, "invitation_unusable", "used", { status: "accepted" });
      },
    });
    await screen.findByText(/invites you/);
    fill("Your name", "Nia");
    fill("Email", "nia@example.org");
    fill("Password", "a long password");
    fireEvent.click(screen.getByRole("button", { name: /^Create account/ }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toMatch(/already been used/));
  });
});
