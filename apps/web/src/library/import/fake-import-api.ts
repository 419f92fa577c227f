import { testStatementSummary } from "../../queries/test-statement-summary.ts";
/** A stand-in for the API's import endpoints in component tests: canned answers, and every request body kept. */
/** A job's state and progress as GET /api/jobs/:id reports them, one poll after another. */
export interface JobSnapshot {
  state: "queued" | "running" | "succeeded" | "failed";
  progress: { stage: string; done: number; total: number };
  error?: { code: string; message: string; details: unknown };
}

export interface FakeApi {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  bodies: (path: string) => unknown[];
  failCreate: (status: number, error: { code: string; message: string; details: unknown }) => void;
  /** Answers the create with 202 and a job, which each GET /api/jobs/:id then reports as the next snapshot (the last stays). */
  createAsJob: (snapshots: JobSnapshot[]) => void;
  /** The preview finds the text in the fake's one statement (2023-12-07-remarks), with this verdict. */
  findDuplicate: (verdict: "identical" | "mostly") => void;
  /** Answers the revision preview (and the revision) with this error instead. */
  failRevision: (status: number, error: { code: string; message: string; details: unknown }) => void;
}

const JOB_ID = "5f0c2a1e-7b3d-4c8e-9a6f-1d2e3f4a5b6c";

const PREVIEW = {
  paragraphs: [
    { id: "p1", number: 1, kind: "paragraph", section: null, text: "Mr. President," },
    { id: "h1", number: null, kind: "heading", level: 2, section: null, text: "Cooperation" },
    { id: "p2", number: 2, kind: "paragraph", section: "h1", text: "We support the Convention." },
  ],
  dropped: [{ text: "title: Remarks at the open debate", reason: "front-matter" }],
  metadata: { title: "Remarks at the open debate", date: "2023-12-07", place: "New York" },
  duplicates: [] as unknown[],
};

const STATEMENT = {
  ...testStatementSummary({
    id: "0b5c7d4e-9a51-4c1e-8f0a-3d2b1c4e5f60",
    slug: "2023-12-07-remarks",
    title: "Remarks at the open debate",
    delegation: "China",
    date: "2023-12-07",
  }),
  shownRevision: 1,
  paragraphs: PREVIEW.paragraphs,
  importReport: { dropped: PREVIEW.dropped, metadata: PREVIEW.metadata },
};

const REVISION_PREVIEW = {
  number: 2,
  paragraphs: PREVIEW.paragraphs,
  dropped: [],
  changes: [
    { id: "p1", kind: "paragraph", fate: "unchanged" },
    { id: "h1", kind: "heading", fate: "unchanged" },
    { id: "p2", kind: "paragraph", fate: "edited" },
  ],
  anchoring: { total: 3, exact: 2, shifted: 0, fuzzy: 1, orphaned: 0 },
};

const REVISION = {
  statement: { ...STATEMENT, revision: 2, shownRevision: 2 },
  revision: {
    number: 2,
    createdAt: "2024-05-01T10:00:00.000Z",
    author: { id: "7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6", name: "Ana Analyst" },
    note: null,
    changeCounts: { unchanged: 2, edited: 1, moved: 0, inserted: 0, deleted: 0, split: 0, merged: 0 },
    anchoring: REVISION_PREVIEW.anchoring,
  },
  changes: REVISION_PREVIEW.changes,
  anchoring: REVISION_PREVIEW.anchoring,
};

function duplicate(verdict: "identical" | "mostly") {
  const { id, slug, title, delegation, date } = STATEMENT;
  return {
    statement: { id, slug, title, delegation, date, revision: 1 },
    verdict,
    share: verdict === "identical" ? 1 : 0.5,
    same: 1,
    total: 2,
  };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

function job({ state, progress, error }: JobSnapshot) {
  const ended = state === "succeeded" || state === "failed";
  return {
    id: JOB_ID,
    kind: "import",
    state,
    progress,
    result: state === "succeeded" ? { statement: { id: STATEMENT.id, slug: STATEMENT.slug, title: STATEMENT.title } } : null,
    error: error ?? null,
    createdAt: "2024-05-01T10:00:00.000Z",
    updatedAt: "2024-05-01T10:00:01.000Z",
    finishedAt: ended ? "2024-05-01T10:00:01.000Z" : null,
  };
}

export function fakeApi(): FakeApi {
  const requests: { path: string; body: unknown }[] = [];
  let createFailure: { status: number; error: unknown } | null = null;
  let jobSnapshots: JobSnapshot[] | null = null;
  let duplicates: unknown[] = [];
  let revisionFailure: { status: number; error: unknown } | null = null;
  return {
    fetch: (input, init) => {
      const path = String(input).split("?")[0] ?? "";
      requests.push({ path, body: typeof init?.body === "string" ? JSON.parse(init.body) : null });
      if (path === "/api/imports/preview") return Promise.resolve(json(200, { ...PREVIEW, duplicates }));
      const revisions = `/api/statements/${STATEMENT.slug}/revisions`;
      if ((path === revisions || path === `${revisions}/preview`) && init?.method === "POST") {
        if (revisionFailure) return Promise.resolve(json(revisionFailure.status, { error: revisionFailure.error }));
        return Promise.resolve(path === revisions ? json(201, REVISION) : json(200, REVISION_PREVIEW));
      }
      if (path === "/api/statements" && init?.method === "POST") {
        if (createFailure) return Promise.resolve(json(createFailure.status, { error: createFailure.error }));
        if (jobSnapshots)
          return Promise.resolve(json(202, { job: job({ state: "queued", progress: { stage: "queued", done: 0, total: 0 } }) }));
        return Promise.resolve(json(201, { statement: STATEMENT }));
      }
      if (path === `/api/jobs/${JOB_ID}` && jobSnapshots) {
        const next = jobSnapshots.length > 1 ? jobSnapshots.shift()! : jobSnapshots[0]!;
        return Promise.resolve(json(200, { job: job(next) }));
      }
      return Promise.resolve(json(404, { error: { code: "not_found", message: "not found", details: null } }));
    },
    bodies: (path) => requests.filter((r) => r.path === path).map((r) => r.body),
    failCreate: (status, error) => {
      createFailure = { status, error };
    },
    createAsJob: (snapshots) => {
      jobSnapshots = [...snapshots];
    },
    findDuplicate: (verdict) => {
      duplicates = [duplicate(verdict)];
    },
    failRevision: (status, error) => {
      revisionFailure = { status, error };
    },
  };
}
