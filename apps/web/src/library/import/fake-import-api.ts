import { testStatementSummary } from "../../queries/test-statement-summary.ts";
/** A stand-in for the API's import endpoints in component tests: canned answers, and every request body kept. */
export interface FakeApi {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  bodies: (path: string) => unknown[];
  failCreate: (status: number, error: { code: string; message: string; details: unknown }) => void;
}

const PREVIEW = {
  paragraphs: [
    { id: "p1", number: 1, kind: "paragraph", section: null, text: "Mr. President," },
    { id: "h1", number: null, kind: "heading", level: 2, section: null, text: "Cooperation" },
    { id: "p2", number: 2, kind: "paragraph", section: "h1", text: "We support the Convention." },
  ],
  dropped: [{ text: "title: Remarks at the open debate", reason: "front-matter" }],
  metadata: { title: "Remarks at the open debate", date: "2023-12-07", place: "New York" },
};

const STATEMENT = {
  ...testStatementSummary({
    id: "0b5c7d4e-9a51-4c1e-8f0a-3d2b1c4e5f60",
    slug: "2023-12-07-remarks",
    title: "Remarks at the open debate",
    delegation: "China",
    date: "2023-12-07",
  }),
  paragraphs: PREVIEW.paragraphs,
  importReport: { dropped: PREVIEW.dropped, metadata: PREVIEW.metadata },
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

export function fakeApi(): FakeApi {
  const requests: { path: string; body: unknown }[] = [];
  let createFailure: { status: number; error: unknown } | null = null;
  return {
    fetch: (input, init) => {
      const path = String(input).split("?")[0] ?? "";
      requests.push({ path, body: typeof init?.body === "string" ? JSON.parse(init.body) : null });
      if (path === "/api/imports/preview") return Promise.resolve(json(200, PREVIEW));
      if (path === "/api/statements" && init?.method === "POST") {
        return Promise.resolve(
          createFailure ? json(createFailure.status, { error: createFailure.error }) : json(201, { statement: STATEMENT }),
        );
      }
      return Promise.resolve(json(404, { error: { code: "not_found", message: "not found", details: null } }));
    },
    bodies: (path) => requests.filter((r) => r.path === path).map((r) => r.body),
    failCreate: (status, error) => {
      createFailure = { status, error };
    },
  };
}
