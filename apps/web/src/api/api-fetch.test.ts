import { endpoints } from "@verbatim/contract";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeAnnotation } from "../annotations/test-fixtures.ts";
import { ApiError } from "./api-error.ts";
import { apiFetch, buildUrl } from "./api-fetch.ts";

const me = {
  user: { id: "0b6e7a4e-8a51-4a55-9d1c-3f0f2b7a1c11", name: "Ada", email: "ada@example.org" },
  workspace: { id: "6f1f2f3e-5a4b-4c3d-8e2f-1a0b9c8d7e6f", name: "Desk", role: "admin" },
  abilities: {
    import: true,
    review: true,
    manageMembers: true,
    addInstruments: true,
    createWorkspace: true,
    assign: true,
    restoreStatements: true,
    saveViews: true,
  },
  workspaces: [],
  csrfToken: "t",
};

function stubFetch(status: number, body?: unknown) {
  const fetch = vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status }));
  vi.stubGlobal("fetch", fetch);
  vi.stubGlobal("document", { cookie: "verbatim_csrf=csrf-123" });
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

const uuidOf = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;

describe("buildUrl", () => {
  it("fills path parameters and drops empty query values", () => {
    expect(buildUrl("/api/statements/:idOrSlug", { idOrSlug: "a b" }, { q: "", limit: 5, cursor: undefined })).toBe(
      "/api/statements/a%20b?limit=5",
    );
  });

  it("repeats a parameter for each value of a list, keeping commas inside values", () => {
    expect(buildUrl("/api/search", {}, { q: "crime", forum: ["CCPCJ, 32nd session", "", "UNSC"], year: [] })).toBe(
      "/api/search?q=crime&forum=CCPCJ%2C+32nd+session&forum=UNSC",
    );
  });

  it("refuses a missing path parameter", () => {
    expect(() => buildUrl("/api/statements/:idOrSlug")).toThrow(/idOrSlug/);
  });
});

describe("apiFetch", () => {
  it("parses a response with the endpoint's schema", async () => {
    stubFetch(200, me);
    await expect(apiFetch(endpoints.me)).resolves.toMatchObject({ user: { name: "Ada" } });
  });

  it("sends the CSRF cookie's value on writes only", async () => {
    const fetch = stubFetch(204);
    await apiFetch(endpoints.login, { body: { email: "a@example.org", password: "x" } });
    const init = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init[1].headers).toMatchObject({ "X-CSRF-Token": "csrf-123", "Content-Type": "application/json" });

    const getFetch = stubFetch(200, me);
    await apiFetch(endpoints.me);
    const getInit = getFetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(getInit[1].headers).not.toHaveProperty("X-CSRF-Token");
  });

  it("sends a multipart form as it is, leaving its Content-Type to the browser", async () => {
    const fetch = stubFetch(200, { statements: [] });
    const form = new FormData();
    form.append("turns", "[]");
    await apiFetch(endpoints.importRecord, { form });
    const init = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init[1].body).toBe(form);
    expect(init[1].headers).not.toHaveProperty("Content-Type");
    expect(init[1].headers).toMatchObject({ "X-CSRF-Token": "csrf-123" });
  });

  it("throws ApiError with the API's code, message and details", async () => {
    stubFetch(401, { error: { code: "invalid_credentials", message: "wrong email or password", details: null } });
    const error = await apiFetch(endpoints.login, { body: { email: "a@example.org", password: "x" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: "invalid_credentials", message: "wrong email or password" });
  });

  it("reports a response that breaks the contract as invalid_response", async () => {
    stubFetch(200, { user: "nobody" });
    await expect(apiFetch(endpoints.me)).rejects.toMatchObject({ code: "invalid_response" });
  });

  describe("a long list checked on a sample", () => {
    const page = (n: number) => ({ items: Array.from({ length: n }, (_, i) => makeAnnotation({ id: uuidOf(i) })), nextCursor: null });
    const list = (check: "full" | "sample") => apiFetch(endpoints.listAnnotations, { params: { idOrSlug: "s" }, check });

    it("returns every item as sent, checking only the sample", async () => {
      const body = page(2000);
      body.items[1000] = { ...body.items[1000]!, extra: "kept" } as never;
      stubFetch(200, body);
      const result = await list("sample");
      expect(result.items).toHaveLength(2000);
      expect(result.items.map((a) => a.id)).toEqual(body.items.map((a) => a.id));
    });

    it("still reports a broken contract when the sample shows it", async () => {
      const body = page(2000);
      for (const a of body.items) (a as { status: unknown }).status = "bogus";
      stubFetch(200, body);
      await expect(list("sample")).rejects.toMatchObject({ code: "invalid_response" });
    });

    it("checks every item unless asked to sample", async () => {
      const body = page(2000);
      (body.items[1001] as { status: unknown }).status = "bogus";
      stubFetch(200, body);
      await expect(list("full")).rejects.toMatchObject({ code: "invalid_response" });
    });
  });

  it("reports an error page that is not the API's JSON as invalid_response", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("<h1>Bad gateway</h1>", { status: 502, statusText: "Bad Gateway" })),
    );
    await expect(apiFetch(endpoints.me)).rejects.toMatchObject({ status: 502, code: "invalid_response" });
  });

  it("reports a failed connection as network_error", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("fetch failed"))),
    );
    await expect(apiFetch(endpoints.me)).rejects.toMatchObject({ status: 0, code: "network_error" });
  });
});
