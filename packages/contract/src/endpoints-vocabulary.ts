import { type Endpoint, read, write } from "./endpoint.ts";
import * as I from "./instruments.ts";
import { InstrumentParams } from "./path-params.ts";
import * as V from "./vocabulary.ts";

/** The vocabulary analysts tag with: the instrument registry, the labels, and paragraphs to cross-reference. */
export const vocabularyEndpoints = {
  listInstruments: {
    method: "get",
    path: "/api/instruments",
    summary: "The workspace's instrument registry",
    access: "viewer",
    response: I.InstrumentList,
    status: 200,
    errors: read,
  },
  getInstrument: {
    method: "get",
    path: "/api/instruments/:key",
    params: InstrumentParams,
    summary: "One instrument of the registry (the IRI that W3C exports link to)",
    access: "viewer",
    response: I.Instrument,
    status: 200,
    errors: read,
  },
  createInstrument: {
    method: "post",
    path: "/api/instruments",
    summary: "Add an instrument to the registry",
    access: "admin",
    body: I.CreateInstrumentRequest,
    response: I.Instrument,
    status: 201,
    errors: [...write, "conflict"],
  },
  listLabels: {
    method: "get",
    path: "/api/labels",
    summary: "The workspace's label vocabulary, most used first",
    access: "viewer",
    response: V.LabelList,
    status: 200,
    errors: read,
  },
  searchParagraphs: {
    method: "get",
    path: "/api/paragraphs/search",
    summary: "Find paragraphs of the workspace's statements by their words (for cross-references)",
    access: "viewer",
    query: V.SearchParagraphsQuery,
    response: V.ParagraphHits,
    status: 200,
    errors: read,
  },
} as const satisfies Record<string, Endpoint>;
