import type { ExportedAnnotation } from "@verbatim/contract";
import { vi } from "vitest";
import { AUTHOR, makeAnnotation, OTHER } from "../annotations/test-fixtures.ts";
import { testStatementSummary } from "../queries/test-statement-summary.ts";

/** Test support only: the export endpoints (and what the dialog lists) behind `fetch`, recording each request's query. */
const statementRef = (slug: string, title: string, delegation: string) => ({
  id: "6f1f2f3e-5a4b-4c3d-8e2f-1a0b9c8d7e6f",
  slug,
  title,
  delegation,
  forum: "CCPCJ 32nd session",
  date: "2023-05-22",
});

function excerpt(overrides: Partial<ExportedAnnotation>, slug: string, title: string, delegation: string): ExportedAnnotation {
  const base = makeAnnotation({ ...overrides, review: null });
  return {
    ...base,
    statementSlug: slug,
    statement: statementRef(slug, title, delegation),
    paragraphs: { number: 9, currentNumber: 9 },
    review: base.status === "proposed" ? null : { status: base.status, reviewer: "Rita Reviewer", at: base.updatedAt, comment: null },
    reference: `${slug}#p9`,
    citation: `${delegation}, CCPCJ 32nd session, 22 May 2023, ¶9 (${slug}#p9)`,
  };
}

export const EXCERPTS: ExportedAnnotation[] = [
  excerpt(
    {
      status: "accepted",
      quote: { exact: "We are concerned about firearms", prefix: "", suffix: "" },
      attributes: { stance: "concerned" },
    },
    "2023-05-22-ccpcj32-apg",
    "Asia-Pacific Group statement",
    "Asia-Pacific Group",
  ),
  excerpt(
    { kind: "commitment", quote: { exact: "We pledge two million euros", prefix: "", suffix: "" }, attributes: { strength: "pledge" } },
    "2023-05-22-ccpcj32-apg",
    "Asia-Pacific Group statement",
    "Asia-Pacific Group",
  ),
  excerpt(
    {
      kind: "cross-reference",
      status: "disputed",
      quote: { exact: "the Palermo Convention", prefix: "", suffix: "" },
      attributes: { target: "UNTOC", relation: "reaffirms" },
    },
    "2023-12-07-unsc-china",
    "China at the open debate",
    "China",
  ),
];

const STATEMENTS = [
  { slug: "2023-12-07-unsc-china", title: "China at the open debate", delegation: "China", date: "2023-12-07" },
  { slug: "2023-05-22-ccpcj32-apg", title: "Asia-Pacific Group statement", delegation: "Asia-Pacific Group", date: "2023-05-22" },
].map((s, i) =>
  testStatementSummary({
    ...s,
    id: `00000000-0000-4000-8000-00000000010${i}`,
    annotationCounts: { position: 1, commitment: 1, "cross-reference": 1 },
    createdAt: "2024-01-01T00:00:00.000Z",
    updatedAt: "2024-01-01T00:00:00.000Z",
  }),
);

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

function select(url: URL): ExportedAnnotation[] {
  const list = (name: string) => url.searchParams.get(name)?.split(",") ?? null;
  const [statements, statuses, kinds] = [list("statement"), list("status"), list("kind")];
  return EXCERPTS.filter(
    (e) =>
      (!statements || statements.includes(e.statementSlug)) &&
      (!statuses || statuses.includes(e.status)) &&
      (!kinds || kinds.includes(e.kind)),
  );
}

export function fakeExportApi(download: (url: URL) => Response) {
  const requests: URL[] = [];
  const fetch = vi.fn(async (input: string) => {
    const url = new URL(input, "http://localhost");
    requests.push(url);
    if (url.pathname === "/api/exports/preview") {
      const items = select(url);
      const limit = Number(url.searchParams.get("limit") ?? 5);
      return json(200, { count: items.length, statements: new Set(items.map((i) => i.statementSlug)).size, items: items.slice(0, limit) });
    }
    if (url.pathname === "/api/exports") return download(url);
    if (url.pathname === "/api/statements") return json(200, { items: STATEMENTS, nextCursor: null });
    if (url.pathname === "/api/labels") return json(200, { items: [{ name: "priority", uses: 2 }] });
    if (url.pathname === "/api/members") {
      const joinedAt = "2024-01-01T10:00:00.000Z";
      const member = (m: typeof AUTHOR, role: string) => ({
        ...m,
        email: `${m.name.split(" ")[0]}@example.org`,
        role,
        joinedAt,
        can: { changeRole: false, remove: false },
      });
      return json(200, { items: [member(AUTHOR, "analyst"), member(OTHER, "reviewer")] });
    }
    return json(404, { error: { code: "not_found", message: "no route", details: null } });
  });
  vi.stubGlobal("fetch", fetch);
  const previews = () => requests.filter((u) => u.pathname === "/api/exports/preview");
  return {
    lastPreview: () => Object.fromEntries(previews().at(-1)?.searchParams ?? []),
    downloads: () => requests.filter((u) => u.pathname === "/api/exports"),
  };
}
