import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { JsonExport } from "@verbatim/contract";
import { parse } from "csv-parse/sync";
import express from "express";
import type pg from "pg";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendExportFile } from "../src/features/exports/send-export-file.ts";
import { STREAM_POOL_SIZE, streamPool } from "../src/db/stream-pool.ts";
import { EXPORT_ROWS_AHEAD, readExportRows } from "../src/features/exports/read-export-rows.ts";
import { MAX_DOCX_EXCERPTS } from "../src/features/exports/build-docx-brief.ts";
import { expectError } from "./support/assertions.ts";
import { EXPORTED, type ExportFixture, seedExportFixture } from "./support/export-fixture.ts";

const BULK = MAX_DOCX_EXCERPTS + 1;
let f: ExportFixture;
beforeAll(async () => {
  f = await seedExportFixture();
  // Copies of "other" (s2, p2) labelled "bulk": more rows than are read ahead, and than a Word brief may hold.
  await f.server.db.$executeRaw`
    WITH copies AS (
      INSERT INTO annotations (id, workspace_id, statement_id, revision, anchor_revision, kind, paragraph_id, start, "end", exact, prefix,
        suffix, attributes, note_text, status, version, author_id, created_at, updated_at)
      SELECT gen_random_uuid(), workspace_id, statement_id, revision, anchor_revision, kind, paragraph_id, start + (n % 3), "end", exact, prefix,
        suffix, attributes, 'copy ' || n, status, version, author_id, created_at, updated_at
      FROM annotations, generate_series(1, ${BULK}::int) n WHERE id = ${f.ids.other}::uuid
      RETURNING id
    ),
    bulk AS (
      INSERT INTO codes (id, workspace_id, type, name, key, updated_at)
      SELECT gen_random_uuid(), workspace_id, 'label', 'bulk', code_key('bulk'), now() FROM annotations WHERE id = ${f.ids.other}::uuid
      RETURNING id
    )
    INSERT INTO annotation_codes (annotation_id, code_id, position) SELECT copies.id, bulk.id, 0 FROM copies, bulk`;
});
afterAll(() => f.server.stop());

describe("a large export", () => {
  it("streams every row across batches, in a total order", async () => {
    expect(BULK).toBeGreaterThan(EXPORT_ROWS_AHEAD * 2);
    const res = await f.get("/api/exports?format=json&label=bulk");
    expect(res.headers.get("x-export-count")).toBe(String(BULK));
    const items = JsonExport.parse(JSON.parse(res.text)).items;
    expect(items).toHaveLength(BULK);
    expect(new Set(items.map((i) => i.id)).size).toBe(BULK);
    const keys = items.map((i) => [i.target.start, i.id] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
    expect(keys).toEqual(sorted);
  });

  it("writes the CSV rows and the W3C total that the count header announced", async () => {
    const csv = await f.download("/api/exports?format=csv");
    const total = EXPORTED.length + BULK;
    expect(csv.headers.get("x-export-count")).toBe(String(total));
    expect(parse(csv.bytes, { columns: true })).toHaveLength(total);
    const w3c = JSON.parse((await f.get("/api/exports?format=w3c&label=bulk")).text);
    expect([w3c.total, w3c.first.partOf.total, w3c.first.items.length]).toEqual([BULK, BULK, BULK]);
  });

  it("refuses a Word brief larger than it can build, before sending anything", async () => {
    const res = await f.analyst.client.get("/api/exports?format=docx&label=bulk");
    expectError(res, 400, "validation_failed");
    expect(res.body.error.details).toEqual({ count: BULK, max: MAX_DOCX_EXCERPTS });
    expect((await f.get("/api/exports?format=docx&label=toc")).headers.get("x-export-count")).toBe("2");
  });

  it("gives its database connection back when the client goes away mid-download", async () => {
    const cookie = [...f.analyst.client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    for (let i = 0; i < STREAM_POOL_SIZE * 2; i++) {
      const controller = new AbortController();
      const res = await fetch(`${f.server.url}/api/exports?format=json`, { headers: { cookie }, signal: controller.signal });
      const reader = res.body?.getReader();
      await reader?.read();
      controller.abort();
      await reader?.cancel().catch(() => {});
    }
    const res = await f.get("/api/exports?format=csv&label=toc");
    expect(res.headers.get("x-export-count")).toBe("2");
    await expect.poll(async () => openTransactions(), { timeout: 10_000 }).toBe(0);
  });
});

describe("reading rows for an export", () => {
  const ROWS = 20_000;
  const query = (text: string) => ({ text, values: [ROWS] });
  async function withClient(use: (client: pg.PoolClient) => Promise<void>) {
    const client = await streamPool(f.server.db).connect();
    await use(client).finally(() => client.release(true));
  }

  it("reads no further ahead of a slow consumer than a socket's worth of rows", async () => {
    await withClient(async (client) => {
      const rows = readExportRows<{ n: number }>(client, query("SELECT n, repeat('x', 500) AS pad FROM generate_series(1, $1::int) n"));
      const sizes: number[] = [];
      for await (const batch of rows) {
        sizes.push(batch.length);
        if (sizes.length % 20 === 1) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(ROWS);
      // Paused after EXPORT_ROWS_AHEAD rows, it still parses the rest of the 64 KB it has read (about 120 such rows).
      expect(Math.max(...sizes)).toBeLessThanOrEqual(EXPORT_ROWS_AHEAD + (64 * 1024) / 500);
    });
  });

  it("ends with the query's error when the database fails part way", async () => {
    await withClient(async (client) => {
      let read = 0;
      const failing = async () => {
        for await (const batch of readExportRows<{ n: number }>(
          client,
          query("SELECT 1 / ($1::int / 2 - n) AS n FROM generate_series(1, $1::int) n"),
        ))
          read += batch.length;
      };
      await expect(failing()).rejects.toThrow(/division by zero/);
      expect(read).toBeGreaterThan(0);
    });
  });
});

async function openTransactions(): Promise<number> {
  const rows = await f.server.db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pg_stat_activity
    WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'`;
  return rows[0]?.n ?? -1;
}

describe("an error after the headers are sent", () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const app = express();
    const logger = pino({ level: "silent" });
    app.get("/file", async (req, res) => {
      req.log = logger;
      async function* body() {
        yield '{"items":[\n{"id":"first"}';
        throw new Error("the database went away");
      }
      await sendExportFile(req, res, { contentType: "application/json", filename: "x.json", count: 2, body: Readable.from(body()) });
    });
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/file`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("breaks the download instead of ending a truncated file as if it were complete", async () => {
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-export-count")).toBe("2");
    await expect(res.text()).rejects.toThrow();
  });
});
