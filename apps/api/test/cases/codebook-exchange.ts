import type { RouteCases } from "../support/route-cases.ts";

/** A one-code REFI-QDA codebook, as another QDA tool writes it. */
const qdc = (name: string) =>
  new TextEncoder().encode(
    `<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>` +
      `<Code guid="6f1d2a3b-0000-4000-8000-000000000001" name="${name}" isCodable="true"/></Codes></CodeBook>`,
  );

export const codebookExchangeCases: RouteCases = {
  authorization: {
    importQdc: (c, ctx) =>
      c.client.upload("/api/imports/qdc", { name: "codebook.qdc", type: "application/xml", bytes: qdc(`imported ${ctx.next()}`) }),
  },
  // No path parameters; the import reads into the caller's own workspace only.
  isolation: {},
  // It takes a file, not a JSON body (a JSON body answers 415: imports-qdc.test.ts).
  bodies: {},
  queries: {},
};
