import { SavedViewList, SavedViewResponse } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "./support/api-client.ts";
import { expectError, expectValidationIssues } from "./support/assertions.ts";
import { snapshot } from "./support/db-snapshot.ts";
import { member, type Member, newWorkspace, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let admin: Member;
let ana: Member;
let bo: Member;
let vic: Member;

beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  ana = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  bo = await member(server, admin.workspaceId, "analyst", "Bo Analyst");
  vic = await member(server, admin.workspaceId, "viewer", "Vic Viewer");
});
afterAll(() => server.stop());

let counter = 0;
/** A name no other test uses, so the tests share the workspace without clashing. */
const unique = (name: string) => `${name} ${++counter}`;

async function save(client: ApiClient, body: { kind: string; name: string; params: string }) {
  const res = await client.post("/api/views", body);
  expect(res.status, res.text).toBe(201);
  return SavedViewResponse.parse(res.body).view;
}

async function list(client: ApiClient, query = "") {
  const res = await client.get(`/api/views${query}`);
  expect(res.status, res.text).toBe(200);
  return SavedViewList.parse(res.body).items;
}

describe("saving views", () => {
  it("saves a search by name, trimmed, with who saved it, and reads it back by its ID", async () => {
    const view = await save(ana.client, { kind: "search", name: "  Cybercrime by China  ", params: "q=cybercrime&delegation=CHN" });
    expect(view).toMatchObject({
      kind: "search",
      name: "Cybercrime by China",
      params: "q=cybercrime&delegation=CHN",
      createdBy: { id: ana.userId, name: "Ana Analyst" },
      can: { edit: true, delete: true },
    });
    const read = await vic.client.get(`/api/views/${view.id}`);
    expect(read.status, read.text).toBe(200);
    expect(read.body.view).toMatchObject({ id: view.id, params: view.params, can: { edit: false, delete: false } });
  });

  it("lists the workspace's views newest first, of one kind when asked, to every member", async () => {
    const first = await save(ana.client, { kind: "passages", name: unique("Ratification"), params: "topic=ratification" });
    const second = await save(bo.client, { kind: "passages", name: unique("Commitments"), params: "kind=commitment" });
    const matrix = await save(bo.client, { kind: "matrix", name: unique("Delegation by topic"), params: "rows=delegation&cols=topic" });
    const passages = await list(vic.client, "?kind=passages");
    expect(passages.map((v) => v.id)).toEqual([second.id, first.id]);
    expect(passages.every((v) => v.kind === "passages")).toBe(true);
    const all = (await list(vic.client)).map((v) => v.id);
    expect(all.indexOf(matrix.id)).toBeLessThan(all.indexOf(second.id));
    expect(all).toContain(first.id);
  });

  it("refuses a second view of the same kind and name, case aside (409), but not of another kind", async () => {
    const name = unique("Organised crime");
    await save(ana.client, { kind: "search", name, params: "q=organised" });
    const before = await snapshot(server.db);
    const clash = await bo.client.post("/api/views", { kind: "search", name: ` ${name.toUpperCase()} `, params: "q=other" });
    expectError(clash, 409, "conflict");
    expect(clash.body.error.message).toContain(name.toUpperCase());
    expect(await snapshot(server.db)).toEqual(before);
    await save(bo.client, { kind: "matrix", name, params: "rows=topic&cols=year" });
  });

  it("refuses an empty or overlong name, and params with ? or past 4,000 characters (400)", async () => {
    for (const body of [
      { kind: "search", name: "   ", params: "q=x" },
      { kind: "search", name: "x".repeat(121), params: "q=x" },
      { kind: "search", name: unique("Bad"), params: "?q=x" },
      { kind: "search", name: unique("Bad"), params: `q=${"x".repeat(4000)}` },
      { kind: "chart", name: unique("Bad"), params: "" },
    ])
      expectValidationIssues(await ana.client.post("/api/views", body));
  });

  it("a viewer cannot save a view (403)", async () => {
    expectError(await vic.client.post("/api/views", { kind: "search", name: unique("Viewer's"), params: "q=x" }), 403, "forbidden");
  });
});

describe("changing views", () => {
  it("renames a view and replaces its params; a name its kind has already is refused (409)", async () => {
    const taken = await save(ana.client, { kind: "search", name: unique("Taken"), params: "q=a" });
    const view = await save(ana.client, { kind: "search", name: unique("Draft"), params: "q=b" });
    const renamed = await ana.client.patch(`/api/views/${view.id}`, { name: "Final cut" });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.body.view).toMatchObject({ name: "Final cut", params: "q=b" });
    const resaved = await ana.client.patch(`/api/views/${view.id}`, { params: "q=b&type=annotations" });
    expect(resaved.body.view).toMatchObject({ name: "Final cut", params: "q=b&type=annotations" });
    expect(Date.parse(resaved.body.view.updatedAt)).toBeGreaterThanOrEqual(Date.parse(view.updatedAt));
    // Its own name in other letters is no clash.
    expect((await ana.client.patch(`/api/views/${view.id}`, { name: "FINAL CUT" })).status).toBe(200);
    expectError(await ana.client.patch(`/api/views/${view.id}`, { name: taken.name.toLowerCase() }), 409, "conflict");
    expectValidationIssues(await ana.client.patch(`/api/views/${view.id}`, {}));
  });

  it("an analyst cannot rename or delete another's view (403); an admin can", async () => {
    const view = await save(ana.client, { kind: "passages", name: unique("Ana's"), params: "stance=urges" });
    const before = await snapshot(server.db);
    expectError(await bo.client.patch(`/api/views/${view.id}`, { name: "Bo's now" }), 403, "forbidden");
    expectError(await bo.client.delete(`/api/views/${view.id}`), 403, "forbidden");
    expect(await snapshot(server.db)).toEqual(before);
    expect((await bo.client.get(`/api/views/${view.id}`)).body.view.can).toEqual({ edit: false, delete: false });
    expect((await admin.client.get(`/api/views/${view.id}`)).body.view.can).toEqual({ edit: true, delete: true });
    expect((await admin.client.patch(`/api/views/${view.id}`, { name: unique("Admin's") })).status).toBe(200);
    expect((await admin.client.delete(`/api/views/${view.id}`)).status).toBe(204);
    expect((await admin.client.post(`/api/views/${view.id}/restore`)).status).toBe(200);
  });
});

describe("deleting and restoring", () => {
  it("a deleted view leaves the list and its link answers 404, until restored as it was", async () => {
    const view = await save(ana.client, { kind: "matrix", name: unique("Stances"), params: "rows=delegation&cols=stance" });
    expect((await ana.client.delete(`/api/views/${view.id}`)).status).toBe(204);
    expect((await list(ana.client, "?kind=matrix")).map((v) => v.id)).not.toContain(view.id);
    expectError(await vic.client.get(`/api/views/${view.id}`), 404, "not_found");
    expectError(await ana.client.delete(`/api/views/${view.id}`), 404, "not_found");
    expectError(await bo.client.post(`/api/views/${view.id}/restore`), 403, "forbidden");

    const restored = await ana.client.post(`/api/views/${view.id}/restore`);
    expect(restored.status, restored.text).toBe(200);
    expect(restored.body.view).toMatchObject({ id: view.id, name: view.name, params: view.params });
    expect((await list(ana.client, "?kind=matrix")).map((v) => v.id)).toContain(view.id);
    // A second Undo changes nothing.
    expect((await ana.client.post(`/api/views/${view.id}/restore`)).status).toBe(200);
  });

  it("a deleted view's name is free; restoring it once the name is taken again is refused (409)", async () => {
    const name = unique("Reused");
    const old = await save(ana.client, { kind: "search", name, params: "q=old" });
    expect((await ana.client.delete(`/api/views/${old.id}`)).status).toBe(204);
    await save(bo.client, { kind: "search", name: name.toLowerCase(), params: "q=new" });
    const before = await snapshot(server.db);
    expectError(await ana.client.post(`/api/views/${old.id}/restore`), 409, "conflict");
    expect(await snapshot(server.db)).toEqual(before);
    expectError(await ana.client.get(`/api/views/${old.id}`), 404, "not_found");
  });
});

describe("workspaces kept apart", () => {
  it("another workspace's views are neither listed nor found, and their names are free there", async () => {
    const name = unique("Shared name");
    const view = await save(ana.client, { kind: "search", name, params: "q=secret" });
    const outsider = await member(server, await newWorkspace(server, "Elsewhere"), "admin");
    expect((await list(outsider.client)).map((v) => v.id)).not.toContain(view.id);
    for (const res of [
      await outsider.client.get(`/api/views/${view.id}`),
      await outsider.client.patch(`/api/views/${view.id}`, { name: "Mine" }),
      await outsider.client.delete(`/api/views/${view.id}`),
      await outsider.client.post(`/api/views/${view.id}/restore`),
    ])
      expectError(res, 404, "not_found");
    await save(outsider.client, { kind: "search", name, params: "q=theirs" });
    expect((await ana.client.get(`/api/views/${view.id}`)).body.view.name).toBe(name);
  });
});
