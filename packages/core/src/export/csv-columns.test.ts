import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvRecord, csvSafeCell } from "./csv-columns.ts";
import type { ExportItem } from "./export-item.ts";
import { CHINESE_QUOTE, INJECTION_QUOTE, items, NOTE } from "./test-items.ts";

const text = stringify([[...CSV_COLUMNS], ...items.map((item) => csvRecord(item))]);
const [header, ...rows] = parse(text, { relax_column_count: false }) as string[][];
const records = parse(text, { columns: true }) as Record<string, string>[];
const record = (i: number): Record<string, string> => records[i] ?? {};

describe("CSV export", () => {
  it("has one row per annotation and a cell for every column", () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(new Set(CSV_COLUMNS).size).toBe(CSV_COLUMNS.length);
    expect(rows).toHaveLength(items.length);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it("writes every field of a position", () => {
    expect(record(0)).toEqual({
      statement_slug: "2023-05-22-ccpcj32-apg",
      statement_title: "Statement on behalf of the Asia-Pacific Group",
      speaker: "Ms Lee",
      delegation: "",
      on_behalf_of: "Asia-Pacific Group",
      forum: "CCPCJ 32nd session",
      meeting_symbol: "",
      statement_date: "2023-05-22",
      language: "en",
      source_url: "https://www.unodc.org/unodc/en/commissions/CCPCJ/session/32_Session_2023/statements.html",
      annotation_id: "a1",
      revision: "1",
      anchor_state: "anchored",
      anchor_revision: "1",
      kind: "position",
      paragraph_id: "p9",
      end_paragraph_id: "",
      paragraph_number: "9",
      end_paragraph_number: "",
      current_paragraph_number: "9",
      start: "3",
      end: "60",
      quote_exact: 'We are concerned about cybercrime, "ransomware" and corruption.',
      quote_prefix: "9. ",
      quote_suffix: " We call",
      stance: "concerned",
      topics: "cybercrime; corruption",
      actor: "",
      strength: "",
      action: "",
      relation: "",
      target: "",
      other_attributes: "",
      labels: "priority; =SUM(1)",
      note: NOTE,
      status: "accepted",
      review_status: "accepted",
      reviewer: "Rita Reviewer",
      reviewed_at: "2024-02-03T10:00:00.000Z",
      review_comment: "Agreed, see ¶3",
      author: "Ana Analyst",
      created_at: "2024-01-15T09:30:00.000Z",
      updated_at: "2024-01-16T10:00:00.000Z",
      reference: "2023-05-22-ccpcj32-apg#p9",
      citation: "Asia-Pacific Group, CCPCJ 32nd session, 22 May 2023, ¶9 (2023-05-22-ccpcj32-apg#p9)",
      target_citation: "",
      provenance: "",
    });
  });

  it("writes a commitment across paragraphs, renumbered since, and its formula-like action guarded", () => {
    expect(record(1)).toMatchObject({
      kind: "commitment",
      paragraph_id: "p9",
      end_paragraph_id: "p12",
      paragraph_number: "9",
      end_paragraph_number: "10",
      current_paragraph_number: "11",
      quote_exact: "We pledge to\nsupport technical assistance",
      strength: "pledge",
      actor: "Asia-Pacific Group",
      action: "'=SUM(1) support technical assistance",
      status: "proposed",
      reviewer: "",
      citation: "Asia-Pacific Group, CCPCJ 32nd session, 22 May 2023, ¶9–10 (now ¶11) (2023-05-22-ccpcj32-apg#p9)",
    });
  });

  it("writes cross-references, with attributes no column names kept as JSON", () => {
    expect(record(2)).toMatchObject({ relation: "reaffirms", target: "UNTOC", status: "disputed", review_comment: "'-not sure" });
    expect(record(4)).toMatchObject({ relation: "responds-to", target: "A/RES/74/247", other_attributes: '{"confidence":"high"}' });
    expect(record(4)).toMatchObject({ status: "proposed", review_status: "accepted" });
  });

  it("round-trips tricky cells: quotes, commas, new lines, emoji, Chinese, Arabic, markup", () => {
    expect(record(3)).toMatchObject({ quote_exact: CHINESE_QUOTE, labels: "UNTOC, Palermo", note: "ملاحظة باللغة العربية" });
    expect(record(4)).toMatchObject({ quote_exact: INJECTION_QUOTE, quote_prefix: "<i>", quote_suffix: "'@x" });
    expect(record(3).statement_title).toBe('Statement by China <script>alert("title")</script> **bold**');
    expect(record(3).citation).toBe(
      "China on behalf of Group of 77, UN Security Council open debate, S/PV.9500, 7 December 2023, ¶2 (2023-12-07-unsc-china#p2)",
    );
  });
});

describe("CSV citation column", () => {
  it("follows the chosen style, full by default", () => {
    const item = items[3]!;
    const citationCell = CSV_COLUMNS.indexOf("citation");
    expect(csvRecord(item)[citationCell]).toBe(record(3).citation);
    expect(csvRecord(item, "short")[citationCell]).toBe("China on behalf of Group of 77, UN Security Council open debate, 7 Dec 2023, ¶2");
    expect(csvRecord(item, "un")[citationCell]).toBe("China on behalf of Group of 77, S/PV.9500, 7 December 2023, para. 2");
  });
});

describe("csvSafeCell", () => {
  it.each([
    ["=SUM(1)", "'=SUM(1)"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@cmd", "'@cmd"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["\nx", "'\nx"],
    [" =SUM(1)", "' =SUM(1)"],
    ["\n=SUM(1)", "'\n=SUM(1)"],
    ["\u00a0\u3000+1", "'\u00a0\u3000+1"],
    ["\uFF1DSUM(1)", "'\uFF1DSUM(1)"],
    ["\uFF0B1", "'\uFF0B1"],
    ["\uFF0D1", "'\uFF0D1"],
    ["\uFF20cmd", "'\uFF20cmd"],
    ["  \uFF1DSUM(1)", "'  \uFF1DSUM(1)"],
    ["a=b", "a=b"],
    [" plain text", " plain text"],
    ["", ""],
    ["12", "12"],
  ])("%j → %j", (cell, safe) => {
    expect(csvSafeCell(cell)).toBe(safe);
  });
});

describe("CSV target_citation column", () => {
  it("cites a cross-reference's paragraph target where the export resolved it, and is empty otherwise", () => {
    const item = { ...(items[4] as ExportItem), targetCitation: "France, UNSC, 1 February 2024, ¶2" };
    const cell = CSV_COLUMNS.indexOf("target_citation");
    expect(csvRecord(item)[cell]).toBe("France, UNSC, 1 February 2024, ¶2");
    expect(csvRecord(items[4] as ExportItem)[cell]).toBe("");
  });
});

describe("CSV provenance column", () => {
  it("comes last, and names the suggestion rule an annotation was accepted from, empty for one drawn by hand", () => {
    expect(CSV_COLUMNS.at(-1)).toBe("provenance");
    const drawn = items[0] as ExportItem;
    const accepted = {
      ...drawn,
      annotation: { ...drawn.annotation, provenance: { source: "suggestion", rule: "position-condemns" } },
    } as const;
    expect(csvRecord(accepted).at(-1)).toBe("suggestion:position-condemns");
    expect(csvRecord({ ...drawn, annotation: { ...drawn.annotation, provenance: null } }).at(-1)).toBe("");
    expect(csvRecord(drawn).at(-1)).toBe("");
  });
});
