import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_RATE_LIMITS } from "../src/config.ts";
import { ApiClient, type ApiResponse } from "./support/api-client.ts";
import { expectError } from "./support/assertions.ts";
import { type Member, PASSWORD, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

// The test client is on loopback, which the app trusts as a proxy: X-Forwarded-For sets the client address.
const logInFrom = (server: TestServer, ip: string, email: string, password: string) =>
  new ApiClient(server.url).post("/api/auth/login", { email, password }, { headers: { "x-forwarded-for": ip } });

function expectRetryAfter(res: ApiResponse, message: string | RegExp, atMostSeconds: number): void {
  expectError(res, 429, "rate_limited");
  expect(res.body.error.message).toMatch(message);
  const retry = res.body.error.details.retryAfterSeconds;
  expect(retry).toBeGreaterThan(0);
  expect(retry).toBeLessThanOrEqual(atMostSeconds);
  expect(res.headers.get("retry-after")).toBe(String(retry));
  expect(res.headers.getSetCookie()).toEqual([]);
}

describe("sign-in with the default limits", () => {
  let server: TestServer;
  let owner: Member;
  beforeAll(async () => {
    server = await startTestServer({ rateLimits: DEFAULT_RATE_LIMITS });
    owner = await setUp(server);
  });
  afterAll(() => server.stop());

  it("ten wrong passwords from one address leave the owner free to sign in from another", async () => {
    for (let i = 0; i < 10; i++) expectError(await logInFrom(server, "203.0.113.1", owner.email, `wrong ${i}`), 401, "invalid_credentials");
    expect((await logInFrom(server, "198.51.100.7", owner.email, PASSWORD)).status).toBe(204);
  });

  it("the eleventh attempt from that address, even with the right password, answers 429 saying when to retry", async () => {
    const res = await logInFrom(server, "203.0.113.1", owner.email, PASSWORD);
    expectRetryAfter(res, "too many sign-in attempts for this account from your address; try again in 15 minutes", 15 * 60);
    expect(res.body.error.details.retryAfterSeconds).toBeGreaterThan(14 * 60);
  });

  it("a success clears the address's count for the account", async () => {
    const ip = "192.0.2.50";
    for (let i = 0; i < 9; i++) expect((await logInFrom(server, ip, owner.email, `wrong ${i}`)).status).toBe(401);
    expect((await logInFrom(server, ip, owner.email, PASSWORD)).status).toBe(204);
    for (let i = 0; i < 10; i++) expect((await logInFrom(server, ip, owner.email, `again ${i}`)).status).toBe(401);
    expectError(await logInFrom(server, ip, owner.email, PASSWORD), 429, "rate_limited");
  });
});

describe("sign-in failures across many addresses", () => {
  let server: TestServer;
  let owner: Member;
  beforeAll(async () => {
    // Two attempts per (account, address); the account as a whole slows after five times as many failures.
    server = await startTestServer({ rateLimits: { login: { max: 2, windowSeconds: 60 } } });
    owner = await setUp(server);
  });
  afterAll(() => server.stop());

  it("slow only the addresses that have failed for the account, never one signing in afresh", async () => {
    for (let n = 1; n <= 5; n++)
      for (let i = 0; i < 2; i++) expect((await logInFrom(server, `203.0.113.${n}`, owner.email, `wrong ${i}`)).status).toBe(401);

    expect((await logInFrom(server, "198.51.100.1", owner.email, PASSWORD)).status).toBe(204);
    expect((await logInFrom(server, "198.51.100.1", owner.email, PASSWORD)).status).toBe(204);

    expectError(await logInFrom(server, "198.51.100.2", owner.email, "one slip"), 401, "invalid_credentials");
    const slowed = await logInFrom(server, "198.51.100.2", owner.email, PASSWORD);
    expectRetryAfter(slowed, /^too many wrong passwords for this account; try again in (\d+ seconds|1 minute)$/, 60);
  });
});
