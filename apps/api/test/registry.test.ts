import { DelegationEntry, DelegationRegistry, ImportPreview, StatementResponse } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "./support/assertions.ts";
import { expectUnchanged } from "./support/db-snapshot.ts";
import { importStatement, member, type Member, newWorkspace, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

// The registry of delegations and groups (issue 15, item 4): built in, extended by admins, and the names statements
// are stored under.
let server: TestServer;
let admin: Member;
let analyst: Member;
let reviewer: Member;
let viewer: Member;
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst");
  reviewer = await member(server, admin.workspaceId, "reviewer");
  viewer = await member(server, admin.workspaceId, "viewer");
});
afterAll(() => server.stop());

const registry = async (who: Member = viewer) => {
  const res = await who.client.get("/api/registry/delegations");
  expect(res.status, res.text).toBe(200);
  return DelegationRegistry.parse(res.body);
};
const entry = async (key: string, who: Member = viewer) => (await registry(who)).items.find((e) => e.key === key);
const add = (body: Record<string, unknown>, who: Member = admin) => who.client.post("/api/registry/delegations", body);

describe("GET /api/registry/delegations", () => {
  it("lists the built-in States and groups with their ISO codes and aliases, and tells each role whether it may add", async () => {
    const list = await registry();
    expect(list.can).toEqual({ add: false });
    expect(list.items.length).toBeGreaterThan(220);
    expect(list.items.find((e) => e.key === "CHN")).toMatchObject({
      name: "China",
      kind: "member-state",
      iso2: "CN",
      iso3: "CHN",
      builtIn: true,
    });
    const g77 = list.items.find((e) => e.key === "G77")!;
    expect(g77).toMatchObject({ name: "Group of 77 and China", kind: "group", iso2: null, builtIn: true });
    expect(g77.aliases).toContain("G-77");
    expect((await registry(admin)).can).toEqual({ add: true });
    expect((await registry(reviewer)).can).toEqual({ add: false });
  });
});

describe("POST /api/registry/delegations", () => {
  it("adds an entry of the workspace's own, which the list then shows and statements resolve to", async () => {
    const res = await add({ name: "Friends of the Ocean", kind: "group", aliases: ["FOTO", "Ocean Friends"], members: ["FJI", "PLW"] });
    expect(res.status, res.text).toBe(201);
    expect(DelegationEntry.parse(res.body)).toEqual({
      key: "FRIENDS-OF-THE-OCEAN",
      name: "Friends of the Ocean",
      kind: "group",
      iso2: null,
      iso3: null,
      aliases: ["FOTO", "Ocean Friends"],
      members: ["FJI", "PLW"],
      builtIn: false,
    });
    expect(await entry("FRIENDS-OF-THE-OCEAN")).toMatchObject({ name: "Friends of the Ocean", builtIn: false });
    const s = await importStatement(analyst.client, { delegation: "Fiji", onBehalfOf: "ocean friends" });
    expect(s).toMatchObject({ delegation: "Fiji", onBehalfOf: "Friends of the Ocean" });
  });

  it("adds aliases to a built-in entry, which keeps its name and stays built in; adding them again changes nothing", async () => {
    const res = await add({ extends: "chn", aliases: ["Zhongguo", "China (People's Republic)"] });
    expect(res.status, res.text).toBe(201);
    expect(DelegationEntry.parse(res.body)).toMatchObject({ key: "CHN", name: "China", builtIn: true });
    expect(res.body.aliases).toEqual(expect.arrayContaining(["Zhongguo", "China (People's Republic)"]));
    const more = await add({ extends: "CHN", aliases: ["Zhong guo", "Chung-kuo"] });
    expect(more.status, more.text).toBe(201);
    // "Zhong guo" is "Zhongguo" spelled apart: it resolves already, so only the new one is kept.
    const aliases = (await entry("CHN"))!.aliases;
    expect(aliases.filter((a) => ["Zhongguo", "Zhong guo", "Chung-kuo"].includes(a))).toEqual(["Zhongguo", "Chung-kuo"]);
    expect((await importStatement(analyst.client, { delegation: "Chung Kuo" })).delegation).toBe("China");
  });

  it("refuses a name, alias, key or ISO code another entry has, naming that entry (409 conflict), and stores nothing", async () => {
    await expectUnchanged(server.db, async () => {
      const alias = await add({ name: "Middle Kingdom", kind: "group", aliases: ["People's Republic of China"] });
      expectError(alias, 409, "conflict");
      expect(alias.body.error.message).toMatch(/China \(CHN\)/);
      expect(alias.body.error.details).toEqual({ key: "CHN", name: "China" });
      expectError(await add({ name: "G-77", kind: "group" }), 409, "conflict");
      expectError(await add({ name: "Ocean friends", kind: "group" }), 409, "conflict");
      const key = await add({ key: "chn", name: "Somewhere Else", kind: "observer-state" });
      expectError(key, 409, "conflict");
      expect(key.body.error.message).toMatch(/China/);
      expectError(await add({ name: "Atlantis", kind: "observer-state", iso3: "fra" }), 409, "conflict");
      const taken = await add({ extends: "JPN", aliases: ["Nippon", "the People's Republic of China"] });
      expectError(taken, 409, "conflict");
      expect(taken.body.error.message).toMatch(/China/);
      expectError(await add({ extends: "NOWHERE", aliases: ["x"] }), 404, "not_found");
      expectError(await add({ name: "Atlantis", kind: "group", members: ["ATL"] }), 400, "validation_failed");
      expectError(await add({ extends: "JPN", name: "Japan" }), 400, "validation_failed");
      expectError(await add({ name: "Atlantis" }), 400, "validation_failed");
    });
  });

  it("lets only admins add (analysts and reviewers 403), and keeps each workspace's entries to itself", async () => {
    await expectUnchanged(server.db, async () => {
      for (const who of [viewer, analyst, reviewer]) expectError(await add({ name: "Atlantis", kind: "group" }, who), 403, "forbidden");
    });
    const other = await member(server, await newWorkspace(server, "Registry elsewhere"), "admin");
    expect(await entry("FRIENDS-OF-THE-OCEAN", other)).toBeUndefined();
    expect((await entry("CHN", other))!.aliases).not.toContain("Zhongguo");
    const own = await add({ name: "Friends of the Ocean", kind: "group" }, other);
    expect(own.status, own.text).toBe(201);
  });
});

describe("statements are stored under the registry's names", () => {
  it("on import: a delegation and an on-behalf-of that name an entry become its name; others stay as typed", async () => {
    const china = await importStatement(analyst.client, { delegation: "People's Republic of China", onBehalfOf: "G-77" });
    expect(china).toMatchObject({ delegation: "China", onBehalfOf: "Group of 77 and China" });
    expect(china.slug).toBe("2024-05-01-unsc-g77");
    const weog = await importStatement(analyst.client, { delegation: "Permanent Mission of Canada", onBehalfOf: "WEOG" });
    expect(weog).toMatchObject({ delegation: "Canada", onBehalfOf: "Group of Western European and other States" });
    expect(weog.slug).toBe("2024-05-01-unsc-weog");
    const unknown = await importStatement(analyst.client, { delegation: "Arcadia", onBehalfOf: "Korea" });
    expect(unknown).toMatchObject({ delegation: "Arcadia", onBehalfOf: "Korea" });
  });

  it("on a metadata edit", async () => {
    const s = await importStatement(analyst.client, { delegation: "Arcadia" });
    const res = await analyst.client.patch(`/api/statements/${s.slug}`, { version: 1, delegation: "Viet Nam", onBehalfOf: "the ASEAN" });
    expect(res.status, res.text).toBe(200);
    expect(StatementResponse.parse(res.body).statement).toMatchObject({
      delegation: "Viet Nam",
      onBehalfOf: "Association of Southeast Asian Nations",
    });
    const again = await analyst.client.patch(`/api/statements/${s.slug}`, { version: 2, delegation: "Vietnam", onBehalfOf: "" });
    expect(again.status, again.text).toBe(200);
    // "Vietnam" is the name it has already: only the cleared field changes.
    expect(again.body.statement).toMatchObject({ version: 3, delegation: "Viet Nam", onBehalfOf: null });
  });

  it("in the import preview's metadata and a record's turns", async () => {
    const content = ["---", "delegation: People's Republic of China", "date: 2023-12-07", "---", "", "We welcome the report."].join("\n");
    const res = await analyst.client.post("/api/imports/preview", { format: "markdown", content });
    expect(res.status, res.text).toBe(200);
    expect(ImportPreview.parse(res.body).metadata["delegation"]).toBe("China");
    const record = await analyst.client.post("/api/imports/preview", { format: "text", content: RECORD });
    expect(ImportPreview.parse(record.body).record!.turns.map((t) => [t.delegation, t.onBehalfOf])).toEqual([
      ["Ecuador", null],
      ["China", "Group of 77 and China"],
      ["Russian Federation", null],
    ]);
  });

  it("in a record import's turns", async () => {
    const res = await analyst.client.post("/api/imports/record", {
      format: "text",
      content: RECORD,
      turns: [{ index: 1 }, { index: 2, delegation: "Russia" }],
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.statements.map((s: { delegation: string }) => s.delegation)).toEqual(["China", "Russian Federation"]);
    const stored = await viewer.client.get(`/api/statements/${res.body.statements[0].slug}`);
    expect(stored.body.statement).toMatchObject({ delegation: "China", onBehalfOf: "Group of 77 and China" });
    // A title made from the turn names the delegation as stored; one the analyst wrote is kept as written.
    expect(res.body.statements.map((s: { title: string }) => s.title)).toEqual([
      "China at the 9501st meeting of the Security Council",
      "Russian Federation at the 9501st meeting of the Security Council",
    ]);
    const titled = await analyst.client.post("/api/imports/record", {
      format: "text",
      content: RECORD,
      turns: [{ index: 1, title: "People's Republic of China, on the report" }],
    });
    expect(titled.body.statements.map((s: { title: string }) => s.title)).toEqual(["People's Republic of China, on the report"]);
  });
});

describe("statements stored before their names were in the registry", () => {
  it("are listed for admins with what would change, and normalised as metadata edits on request", async () => {
    const old = await importStatement(analyst.client, { delegation: "Middle Earth Republic", onBehalfOf: "G-77" });
    const kept = await importStatement(analyst.client, { delegation: "Lothlórien" });
    const elsewhere = await member(server, await newWorkspace(server), "admin");
    await importStatement(elsewhere.client, { delegation: "Middle Earth Republic" });
    expect((await add({ extends: "NZL", aliases: ["Middle Earth Republic"] })).status).toBe(201);

    const listed = await admin.client.get("/api/registry/normalise");
    expect(listed.status, listed.text).toBe(200);
    expect(listed.body.items).toEqual([
      { id: old.id, slug: old.slug, title: old.title, delegation: { from: "Middle Earth Republic", to: "New Zealand" }, onBehalfOf: null },
    ]);
    expectError(await reviewer.client.get("/api/registry/normalise"), 403, "forbidden");
    expectError(await reviewer.client.post("/api/registry/normalise"), 403, "forbidden");

    const done = await admin.client.post("/api/registry/normalise");
    expect(done.status, done.text).toBe(200);
    expect(done.body).toEqual({ changed: 1, skipped: 0 });
    const stored = (await viewer.client.get(`/api/statements/${old.slug}`)).body.statement;
    expect(stored).toMatchObject({ delegation: "New Zealand", onBehalfOf: "Group of 77 and China", version: old.version + 1 });
    expect((await viewer.client.get(`/api/statements/${kept.slug}`)).body.statement.delegation).toBe("Lothlórien");
    const history = (await viewer.client.get(`/api/statements/${old.slug}/history`)).body.items;
    expect(history.at(-1)).toMatchObject({ action: "edited" });
    expect((await admin.client.get("/api/registry/normalise")).body.items).toEqual([]);
    // The other workspace's statement is its own admin's to normalise.
    expect((await elsewhere.client.get("/api/registry/normalise")).body.items).toEqual([]);
  });
});

const RECORD = [
  "United Nations S/PV.9501",
  "Security Council\nSeventy-eighth year",
  "9501st meeting\nFriday, 8 December 2023, 10 a.m.\nNew York",
  "President: Mr. Pérez Loose (Ecuador)",
  "The meeting was called to order at 10.05 a.m.",
  "The President (spoke in Spanish): I give the floor to the representative of China.",
  "Mr. Zhang Jun (People's Republic of China): I speak on behalf of the G-77 and China. We welcome the report.",
  "Mr. Nebenzia (Russia) (spoke in Russian): We cannot support this text.",
  "The meeting rose at 1.05 p.m.",
].join("\n\n");
