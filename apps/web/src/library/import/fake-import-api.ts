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
  /** Answers each preview from what it was asked (its body, a multipart form read as an object of its fields). */
  answerPreview: (answer: (body: Record<string, unknown>) => { status: number; body: unknown }) => void;
  /** Answers the record import with 202 and a job, reported as these snapshots. */
  recordAsJob: (snapshots: JobSnapshot[]) => void;
}

/** A multipart body as an object: each field's string, and a file by its name. */
function formFields(form: FormData): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  form.forEach((value, key) => {
    fields[key] = typeof value === "string" ? value : { file: value.name };
  });
  return fields;
}

function requestBody(body: RequestInit["body"]): Record<string, unknown> | null {
  if (typeof body === "string") return JSON.parse(body) as Record<string, unknown>;
  if (body instanceof FormData) return formFields(body);
  return null;
}

const JOB_ID = "5f0c2a1e-7b3d-4c8e-9a6f-1d2e3f4a5b6c";

export const PREVIEW = {
  source: { format: "markdown", name: null, encoding: null, pages: null },
  paragraphs: [
    { id: "p1", number: 1, kind: "paragraph", section: null, text: "Mr. President," },
    { id: "h1", number: null, kind: "heading", level: 2, section: null, text: "Cooperation" },
    { id: "p2", number: 2, kind: "paragraph", section: "h1", text: "We support the Convention." },
  ],
  dropped: [{ text: "title: Remarks at the open debate", reason: "front-matter" }],
  metadata: { title: "Remarks at the open debate", date: "2023-12-07", place: "New York" } as Record<string, string>,
  repairs: [] as unknown[],
  footnotes: [] as unknown[],
  duplicates: [] as unknown[],
  record: null,
};

const turn = (index: number, speaker: string, delegation: string | null, from: number) => ({
  index,
  speaker,
  delegation,
  role: null,
  onBehalfOf: null,
  language: index === 2 ? "es" : null,
  pages: { from, to: from + 1 },
  title: `Statement by ${speaker}${delegation ? ` (${delegation})` : ""}`,
  paragraphs: [{ text: `${speaker} spoke about the situation.`, page: from }],
  words: 120 + index,
});

/** A meeting record's preview: three speakers' turns. */
export const RECORD_PREVIEW = {
  ...PREVIEW,
  source: { format: "pdf", name: "S-PV-9500.pdf", encoding: null, pages: 12 },
  metadata: { meetingSymbol: "S/PV.9500", date: "2023-12-07" } as Record<string, string>,
  record: {
    symbol: "S/PV.9500",
    forum: "Security Council",
    meeting: "9500th meeting",
    date: "2023-12-07",
    place: "New York",
    turns: [turn(0, "The President", null, 2), turn(1, "Mr. Zhang Jun", "China", 3), turn(2, "Mr. De la Fuente", "Mexico", 5)],
    procedural: [{ text: "The meeting was called to order at 10.05 a.m.", reason: "procedural" }],
  },
};

const RECORD_STATEMENTS = RECORD_PREVIEW.record.turns.map((t, i) => ({
  id: `0b5c7d4e-9a51-4c1e-8f0a-3d2b1c4e5f6${i}`,
  slug: `2023-12-07-s-pv-9500-${i}`,
  title: t.title,
  speaker: t.speaker,
  delegation: t.delegation,
}));

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

function job({ state, progress, error }: JobSnapshot, kind: "import" | "importRecord" = "import") {
  const ended = state === "succeeded" || state === "failed";
  const result =
    kind === "import"
      ? { statement: { id: STATEMENT.id, slug: STATEMENT.slug, title: STATEMENT.title } }
      : { statements: RECORD_STATEMENTS };
  return {
    id: JOB_ID,
    kind,
    state,
    progress,
    result: state === "succeeded" ? result : null,
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
  let previewAnswer: ((body: Record<string, unknown>) => { status: number; body: unknown }) | null = null;
  let recordJob: JobSnapshot[] | null = null;
  let jobKind: "import" | "importRecord" = "import";
  return {
    fetch: (input, init) => {
      const path = String(input).split("?")[0] ?? "";
      const body = requestBody(init?.body);
      requests.push({ path, body });
      if (path === "/api/imports/preview") {
        if (previewAnswer) {
          const answer = previewAnswer(body ?? {});
          return Promise.resolve(json(answer.status, answer.body));
        }
        return Promise.resolve(json(200, { ...PREVIEW, duplicates }));
      }
      if (path === "/api/imports/record" && init?.method === "POST") {
        if (recordJob) {
          jobSnapshots = recordJob;
          jobKind = "importRecord";
          return Promise.resolve(json(202, { job: job({ state: "queued", progress: { stage: "queued", done: 0, total: 0 } }, jobKind) }));
        }
        return Promise.resolve(json(201, { statements: RECORD_STATEMENTS }));
      }
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
        return Promise.resolve(json(200, { job: job(next, jobKind) }));
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
    answerPreview: (answer) => {
      previewAnswer = answer;
    },
    recordAsJob: (snapshots) => {
      recordJob = [...snapshots];
    },
  };
}
