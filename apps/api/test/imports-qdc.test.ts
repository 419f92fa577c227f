import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_QDC_CODES, MAX_QDC_DEPTH } from "../../../packages/core/src/export/refi-qda/index.ts";
import { checkRefi } from "./support/refi-checker.ts";
import { member, type Member, newWorkspace, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

interface Code {
  id: string;
  type: "topic" | "label";
  name: string;
  parentId: string | null;
  definition: string | null;
  guidance: { use: string | null; avoid: string | null };
  colour: string | null;
  status: string;
  version: number;
}

let server: TestServer;
let source: Member;
let target: Member;
let analyst: Member;
let reviewer: Member;

const enc = (s: string) => new TextEncoder().encode(s);
const qdcFile = (xml: string, name = "codebook.qdc") => ({ name, type: "application/xml", bytes: enc(xml) });
const codesOf = async (m: Member): Promise<Code[]> => (await m.client.get("/api/codebook/codes")).body.items;

async function make(m: Member, body: Record<string, unknown>): Promise<Code> {
  const res = await m.client.post("/api/codebook/codes", body);
  expect(res.status, res.text).toBe(201);
  return res.body;
}

/** Each code as name, type, its parent's name, status, definition and guidance: what a round trip must keep. */
function shape(codes: Code[]) {
  const byId = new Map(codes.map((c) => [c.id, c]));
  return codes
    .map((c) => ({
      name: c.name,
      type: c.type,
      parent: c.parentId ? (byId.get(c.parentId)?.name ?? "?") : null,
      status: c.status,
      definition: c.definition,
      guidance: c.guidance,
      colour: c.colour,
    }))
    .sort((a, b) => `${a.type}${a.name}`.localeCompare(`${b.type}${b.name}`));
}

/** A codebook as another tool writes it: no Verbatim groupings, a prefix, nested codes. */
const foreignQdc = (codes: string) =>
  `<?xml version="1.0" encoding="utf-8"?><qda:CodeBook xmlns:qda="urn:QDA-XML:codebook:1.0" origin="QualCoder"><qda:Codes>${codes}</qda:Codes></qda:CodeBook>`;

beforeAll(async () => {
  server = await startTestServer();
  source = await setUp(server);
  const other = await newWorkspace(server, "Second desk");
  target = await member(server, other, "admin", "Tara Target");
  analyst = await member(server, other, "analyst", "Ana Analyst");
  reviewer = await member(server, other, "reviewer", "Rex Reviewer");
  const crime = await make(source, {
    type: "topic",
    name: "cybercrime",
    definition: "Crime committed with or against computer systems.",
    guidance: { use: "ICT-enabled crime", avoid: "cyber security in general" },
    colour: "#aa3377",
  });
  const ransom = await make(source, { type: "topic", name: "ransomware", parentId: crime.id });
  await make(source, { type: "topic", name: "double extortion", parentId: ransom.id });
  const old = await make(source, { type: "topic", name: "corruption", definition: "Abuse of entrusted power." });
  expect((await source.client.patch(`/api/codebook/codes/${old.id}`, { version: old.version, status: "deprecated" })).status).toBe(200);
  const quote = await make(source, { type: "label", name: "key quote", colour: "#4477aa" });
  await make(source, { type: "label", name: `follow-up <"Q&A">`, parentId: quote.id, definition: "Ask the desk." });
});
afterAll(() => server.stop());

describe("POST /api/imports/qdc", () => {
  let undo: string;

  it("round trip: a codebook exported from one workspace and imported into another is the same codebook", async () => {
    const cookie = [...source.client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const exported = await fetch(`${server.url}/api/exports?format=qdc`, { headers: { cookie } });
    const xml = await exported.text();
    expect(checkRefi("round-trip.qdc", enc(xml), xml) ?? "valid").toBe("valid");
    const res = await target.client.upload("/api/imports/qdc", qdcFile(xml));
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ created: 6, matched: 0, skipped: [] });
    undo = res.body.undo;
    expect(shape(await codesOf(target))).toEqual(shape(await codesOf(source)));
    // Parents before children: every parent names a code of the same type.
    const codes = await codesOf(target);
    for (const c of codes.filter((c) => c.parentId)) expect(codes.find((p) => p.id === c.parentId)?.type).toBe(c.type);
  });

  it("matches what the codebook already has instead of duplicating it", async () => {
    const xml = await (await fetch(`${server.url}/api/exports?format=qdc`, { headers: { cookie: cookieOf(source) } })).text();
    const before = await codesOf(target);
    const res = await reviewer.client.upload("/api/imports/qdc", qdcFile(xml));
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ created: 0, matched: 6, skipped: [] });
    expect(await codesOf(target)).toEqual(before);
  });

  it("undo removes the codes the import made", async () => {
    const res = await target.client.post(`/api/codebook/undo/${undo}`);
    expect(res.status, res.text).toBe(200);
    expect(await codesOf(target)).toEqual([]);
  });

  it("matches names spelling aside, fills an empty definition only, and its undo empties it again", async () => {
    const mine = await make(target, { type: "label", name: "cybercrime" });
    const defined = await make(target, { type: "label", name: "Ransomware", definition: "Ours." });
    const xml = foreignQdc(
      `<qda:Code guid="c0a1b2c3-0000-4000-8000-000000000001" name="Cyber-Crime" isCodable="true"><qda:Description>Theirs.</qda:Description>` +
        `<qda:Code name="phishing" isCodable="true" color="#ABC"/></qda:Code>` +
        `<qda:Code name="ransomware" isCodable="true"><qda:Description>Theirs too.</qda:Description></qda:Code>`,
    );
    const res = await target.client.upload("/api/imports/qdc", qdcFile(xml));
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ created: 1, matched: 2, skipped: [] });
    const codes = await codesOf(target);
    expect(codes.find((c) => c.id === mine.id)).toMatchObject({ name: "cybercrime", definition: "Theirs." });
    expect(codes.find((c) => c.id === defined.id)).toMatchObject({ definition: "Ours." });
    // Another tool's codes are labels (it has no topics), its children under the code it matched.
    expect(codes.find((c) => c.name === "phishing")).toMatchObject({
      type: "label",
      parentId: mine.id,
      colour: "#aabbcc",
      status: "active",
    });
    expect((await target.client.post(`/api/codebook/undo/${res.body.undo}`)).status).toBe(200);
    const after = await codesOf(target);
    expect(after.map((c) => c.name).sort()).toEqual(["Ransomware", "cybercrime"]);
    expect(after.find((c) => c.id === mine.id)?.definition).toBeNull();
  });

  it("skips a code whose name or texts break the codebook's limits, its children kept under the nearest code kept", async () => {
    const xml = foreignQdc(
      `<qda:Code name="${"x".repeat(61)}" isCodable="true"><qda:Code name="orphaned child" isCodable="true"/></qda:Code>` +
        `<qda:Code name="wordy" isCodable="true"><qda:Description>${"w".repeat(4001)}</qda:Description></qda:Code>` +
        `<qda:Code name="twice" isCodable="true"/><qda:Code name="Twice" isCodable="true"/>`,
    );
    const res = await reviewer.client.upload("/api/imports/qdc", qdcFile(xml));
    expect(res.status, res.text).toBe(200);
    expect(res.body.created).toBe(2);
    expect(res.body.skipped).toEqual([
      { name: "x".repeat(61), reason: "invalid_name" },
      { name: "wordy", reason: "text_too_long" },
      { name: "Twice", reason: "duplicate" },
    ]);
    expect((await codesOf(target)).find((c) => c.name === "orphaned child")?.parentId).toBeNull();
    expect((await target.client.post(`/api/codebook/undo/${res.body.undo}`)).status).toBe(200);
  });

  it("is a governing change: an analyst is refused and nothing changes", async () => {
    const before = await codesOf(target);
    const res = await analyst.client.upload("/api/imports/qdc", qdcFile(foreignQdc(`<qda:Code name="sneaky" isCodable="true"/>`)));
    expect(res.status).toBe(403);
    expect(await codesOf(target)).toEqual(before);
  });

  describe("hostile and wrong files change nothing", () => {
    const refuse = async (file: { name: string; type: string; bytes: Uint8Array }, status: number, code: string) => {
      const before = await codesOf(target);
      const res = await target.client.upload("/api/imports/qdc", file);
      expect(res.status, res.text).toBe(status);
      expect(res.body.error.code).toBe(code);
      expect(await codesOf(target)).toEqual(before);
      return res.body.error;
    };

    it("codes nested past the depth limit → 422 invalid_file (too_deep)", async () => {
      const depth = MAX_QDC_DEPTH + 8;
      const xml = foreignQdc(`${`<qda:Code name="level" isCodable="true">`.repeat(depth)}${"</qda:Code>".repeat(depth)}`);
      expect((await refuse(qdcFile(xml), 422, "invalid_file")).details).toEqual({ code: "too_deep" });
    });

    it("elements nested a hundred thousand deep → 422 invalid_file", async () => {
      const xml = foreignQdc(`${"<x>".repeat(100_000)}${"</x>".repeat(100_000)}`);
      expect((await refuse(qdcFile(xml), 422, "invalid_file")).details).toEqual({ code: "too_deep" });
    });

    it(`${MAX_QDC_CODES * 2} codes → 422 invalid_file (too_many_codes)`, async () => {
      const xml = foreignQdc(Array.from({ length: MAX_QDC_CODES * 2 }, (_, i) => `<qda:Code name="code ${i}" isCodable="true"/>`).join(""));
      expect((await refuse(qdcFile(xml), 422, "invalid_file")).details).toEqual({ code: "too_many_codes" });
    });

    it("XML that is no codebook → 422 invalid_file (not_a_codebook)", async () => {
      expect((await refuse(qdcFile("<html><body>hello</body></html>"), 422, "invalid_file")).details).toEqual({ code: "not_a_codebook" });
    });

    it("a file that is not XML → 415 unsupported_file", async () => {
      await refuse({ name: "codes.qdc", type: "application/pdf", bytes: enc("%PDF-1.7\n\0binary") }, 415, "unsupported_file");
      await refuse({ name: "codes.txt", type: "text/plain", bytes: enc("cybercrime\nransomware\n") }, 415, "unsupported_file");
    });

    it("a JSON body instead of a file → 415 unsupported_media_type", async () => {
      const res = await target.client.post("/api/imports/qdc", { file: "<CodeBook/>" });
      expect(res.status).toBe(415);
      expect(res.body.error.code).toBe("unsupported_media_type");
    });
  });

  it("reads a UTF-16 file with its byte order mark", async () => {
    const xml = foreignQdc(`<qda:Code name="café" isCodable="true"/>`).replace('encoding="utf-8"', 'encoding="utf-16"');
    const bytes = new Uint8Array(2 + xml.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) bytes.set([xml.charCodeAt(i) & 0xff, xml.charCodeAt(i) >> 8], 2 + i * 2);
    const res = await target.client.upload("/api/imports/qdc", { name: "codes.qdc", type: "application/xml", bytes });
    expect(res.status, res.text).toBe(200);
    expect((await codesOf(target)).map((c) => c.name)).toContain("café");
  });
});

function cookieOf(m: Member): string {
  return [...m.client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
}
