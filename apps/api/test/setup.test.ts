import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "./support/api-client.ts";
import { PASSWORD } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe("before first-run setup", () => {
  it("reports health and the database kind", async () => {
    const res = await new ApiClient(server.url).get("/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok", database: "embedded" });
  });

  it("offers setup and the shipped sample statements", async () => {
    const res = await new ApiClient(server.url).get("/api/setup");
    expect(res.status).toBe(200);
    expect(res.body.needed).toBe(true);
    expect(res.body.samples.length).toBeGreaterThanOrEqual(3);
    for (const s of res.body.samples) expect(s.title).toMatch(/^Sample: /);
  });

  it("answers 401 on the API and 403 setup_required on login", async () => {
    const client = new ApiClient(server.url);
    expect((await client.get("/api/statements")).status).toBe(401);
    const login = await client.post("/api/auth/login", { email: "a@example.org", password: "whatever-password" });
    expect(login.status).toBe(403);
    expect(login.body.error.code).toBe("setup_required");
  });

  it("validates the setup body", async () => {
    const res = await new ApiClient(server.url).post("/api/setup", {
      workspaceName: "",
      name: "A",
      email: "not-an-email",
      password: "short",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    const paths = res.body.error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["workspaceName", "email", "password"]));
    expect(await server.db.user.count()).toBe(0);
  });
});

describe("setup", () => {
  it("creates the first admin and workspace, signs in and loads the samples", async () => {
    const client = new ApiClient(server.url);
    const res = await client.post("/api/setup", {
      workspaceName: "Multilateral desk",
      name: "Ada",
      email: "Ada@Example.org",
      password: PASSWORD,
      loadSamples: true,
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.user.email).toBe("ada@example.org");
    expect(res.body.workspace).toMatchObject({ name: "Multilateral desk", role: "admin" });
    const cookies = res.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith("verbatim_session="));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(cookies.find((c) => c.startsWith("verbatim_csrf="))).not.toMatch(/HttpOnly/i);

    const list = await client.get("/api/statements");
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBe(3);
    const instruments = await client.get("/api/instruments");
    expect(instruments.body.items.map((i: { key: string }) => i.key)).toEqual(
      expect.arrayContaining([
        "UN-CHARTER",
        "UNTOC",
        "UNTOC-TIP",
        "UNTOC-SOM",
        "UNTOC-FIREARMS",
        "UNCAC",
        "KYOTO-DECLARATION",
        "AGENDA-2030",
        "A/RES/74/247",
      ]),
    );
  });

  it("refuses a second setup with 409 and changes nothing", async () => {
    const before = await server.db.user.count();
    const res = await new ApiClient(server.url).post("/api/setup", {
      workspaceName: "X",
      name: "Eve",
      email: "eve@example.org",
      password: PASSWORD,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("setup_done");
    expect(await server.db.user.count()).toBe(before);
    expect((await new ApiClient(server.url).get("/api/setup")).body.needed).toBe(false);
  });
});

describe("setup rate limit", () => {
  it("answers 429 with Retry-After once the limit is reached", async () => {
    const limited = await startTestServer({ rateLimits: { setup: { max: 2, windowSeconds: 60 } } });
    try {
      const client = new ApiClient(limited.url);
      const body = { workspaceName: "X", name: "Y", email: "y@example.org", password: PASSWORD };
      expect((await client.post("/api/setup", body)).status).toBe(201);
      expect((await client.post("/api/setup", { ...body, email: "z@example.org" })).status).toBe(409);
      const third = await client.post("/api/setup", { ...body, email: "w@example.org" });
      expect(third.status).toBe(429);
      expect(third.body.error.code).toBe("rate_limited");
      expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await limited.db.user.count()).toBe(1);
    } finally {
      await limited.stop();
    }
  });
});
