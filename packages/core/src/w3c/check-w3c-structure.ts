// Test support (not exported from the package): the Web Annotation model's essentials for what Verbatim
// emits, checked here so that the tests need nothing outside the repository. The full check against the
// W3C test suite's MUST assertions runs in `.ci/run`'s shared step (scripts/check-shared-fixtures.ts).
import { asArray, isRecord } from "./json.ts";
import { ANNO_CONTEXT } from "./vocabulary.ts";

export interface W3cStructureReport {
  /** The annotations the document holds: itself, the array's items, or its embedded pages' items. */
  annotations: number;
  /** One line per problem, each starting with its JSON path; empty when the document passes. */
  problems: string[];
}

/** The model's motivations (W3C Web Annotation Data Model 3.3.5), which are also the bodies' purposes. */
const MOTIVATIONS = new Set([
  "assessing",
  "bookmarking",
  "classifying",
  "commenting",
  "describing",
  "editing",
  "highlighting",
  "identifying",
  "linking",
  "moderating",
  "questioning",
  "replying",
  "tagging",
]);
/** Classes of bodies and targets (3.2.1–3.2.7). */
const RESOURCE_TYPES = new Set(["Dataset", "Image", "Video", "Sound", "Text", "TextualBody", "SpecificResource", "Choice"]);
const AGENT_TYPES = new Set(["Person", "Organization", "Software"]);
/** xsd:dateTime with a time zone, as the model recommends. */
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
/** An absolute IRI: a scheme, a colon and no white space. */
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/;

const isIri = (v: unknown): boolean => typeof v === "string" && IRI.test(v);
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;
const typesOf = (v: unknown): unknown[] => asArray(isRecord(v) ? v.type : undefined);

/**
 * Checks a Web Annotation document (one Annotation, an array of them, an AnnotationCollection with
 * embedded pages, or an AnnotationPage) against the model's structure: @context, id IRIs and types;
 * targets with a source and selectors carrying their required fields (TextPositionSelector start ≤ end
 * as non-negative integers, TextQuoteSelector exact, RangeSelector start and end, refinements); bodies
 * typed from the model's classes, with purposes from its motivations; a collection's total matching its
 * pages' items.
 */
export function checkW3cStructure(doc: unknown): W3cStructureReport {
  const problems: string[] = [];
  let annotations = 0;
  const fail = (path: string, what: string): void => {
    problems.push(`${path}: ${what}`);
  };

  function context(v: unknown, path: string) {
    const values = asArray(v);
    if (values.length === 0) fail(path, "has no @context");
    else if (!values.includes(ANNO_CONTEXT)) fail(`${path}.@context`, `does not name ${ANNO_CONTEXT}`);
    else if (Array.isArray(v) && v.length === 1) fail(`${path}.@context`, "a single context must be a string");
  }

  function hasType(v: Record<string, unknown>, type: string, path: string) {
    if (!typesOf(v).includes(type)) fail(`${path}.type`, `must be ${type}, is ${JSON.stringify(v.type)}`);
  }

  function iri(v: unknown, path: string, required = true) {
    if (v === undefined && !required) return;
    if (!isIri(v)) fail(path, `must be one absolute IRI, is ${JSON.stringify(v)}`);
  }

  function optionalString(v: unknown, path: string) {
    if (v !== undefined && typeof v !== "string") fail(path, "must be a string");
  }

  function selector(s: unknown, path: string) {
    if (!isRecord(s)) return fail(path, "a selector must be an object");
    const type = s.type;
    switch (type) {
      case "FragmentSelector":
        if (typeof s.value !== "string" || s.value === "") fail(`${path}.value`, "a FragmentSelector needs a value");
        iri(s.conformsTo, `${path}.conformsTo`, false);
        break;
      case "CssSelector":
      case "XPathSelector":
        if (typeof s.value !== "string" || s.value === "") fail(`${path}.value`, `a ${type} needs a value`);
        break;
      case "TextQuoteSelector":
        if (typeof s.exact !== "string" || s.exact === "") fail(`${path}.exact`, "a TextQuoteSelector needs a non-empty exact");
        optionalString(s.prefix, `${path}.prefix`);
        optionalString(s.suffix, `${path}.suffix`);
        break;
      case "TextPositionSelector":
      case "DataPositionSelector":
        if (!isCount(s.start)) fail(`${path}.start`, `must be a non-negative integer, is ${JSON.stringify(s.start)}`);
        if (!isCount(s.end)) fail(`${path}.end`, `must be a non-negative integer, is ${JSON.stringify(s.end)}`);
        if (isCount(s.start) && isCount(s.end) && s.start > s.end) fail(path, `start ${s.start} is after end ${s.end}`);
        break;
      case "SvgSelector":
        if (typeof s.value !== "string" && !isIri(s.id)) fail(path, "an SvgSelector needs a value or an id");
        break;
      case "RangeSelector":
        if (s.startSelector === undefined) fail(`${path}.startSelector`, "a RangeSelector needs a startSelector");
        else selector(s.startSelector, `${path}.startSelector`);
        if (s.endSelector === undefined) fail(`${path}.endSelector`, "a RangeSelector needs an endSelector");
        else selector(s.endSelector, `${path}.endSelector`);
        break;
      default:
        fail(`${path}.type`, `is not a selector of the model: ${JSON.stringify(type)}`);
    }
    if (s.refinedBy !== undefined) asArray(s.refinedBy).forEach((r, i) => selector(r, `${path}.refinedBy[${i}]`));
  }

  /** A body or target: an IRI, or a typed resource (3.2). */
  function resource(r: unknown, path: string, role: "body" | "target") {
    if (typeof r === "string") return iri(r, path);
    if (!isRecord(r)) return fail(path, `a ${role} must be an IRI or an object`);
    const types = typesOf(r);
    if (types.length === 0) fail(`${path}.type`, `a ${role} must be typed`);
    for (const t of types)
      if (typeof t !== "string" || !RESOURCE_TYPES.has(t)) fail(`${path}.type`, `is not a class of the model: ${JSON.stringify(t)}`);
    for (const p of asArray(r.purpose))
      if (typeof p !== "string" || !MOTIVATIONS.has(p)) fail(`${path}.purpose`, `is not a motivation of the model: ${JSON.stringify(p)}`);
    if (r.id !== undefined) iri(r.id, `${path}.id`);
    optionalString(r.format, `${path}.format`);
    optionalString(r.language, `${path}.language`);
    if (types.includes("TextualBody") && typeof r.value !== "string") fail(`${path}.value`, "a TextualBody needs a string value");
    if (types.includes("Choice")) {
      const items = asArray(r.items);
      if (items.length === 0) fail(`${path}.items`, "a Choice needs items");
      items.forEach((item, i) => resource(item, `${path}.items[${i}]`, role));
    }
    if (types.includes("SpecificResource")) {
      const sources = asArray(r.source);
      if (sources.length !== 1) fail(`${path}.source`, "a SpecificResource needs exactly one source");
      for (const src of sources)
        if (typeof src === "string") iri(src, `${path}.source`);
        else resource(src, `${path}.source`, role);
      asArray(r.selector).forEach((s, i) => selector(s, `${path}.selector[${i}]`));
    } else if (role === "target" && r.selector !== undefined) fail(`${path}.type`, "a target with selectors must be a SpecificResource");
    if (role === "target" && types.includes("SpecificResource") && asArray(r.selector).length === 0)
      fail(`${path}.selector`, "names no selector");
  }

  function agent(a: unknown, path: string) {
    if (typeof a === "string") return iri(a, path);
    if (!isRecord(a)) return fail(path, "an agent must be an IRI or an object");
    if (a.id !== undefined) iri(a.id, `${path}.id`);
    for (const t of typesOf(a))
      if (typeof t !== "string" || !AGENT_TYPES.has(t)) fail(`${path}.type`, `is not an agent class: ${JSON.stringify(t)}`);
    if (a.name !== undefined && typeof a.name !== "string") fail(`${path}.name`, "an agent has one name, a string");
    iri(a.homepage, `${path}.homepage`, false);
  }

  function annotation(a: unknown, path: string, inheritsContext: boolean) {
    annotations++;
    if (!isRecord(a)) return fail(path, "an Annotation must be an object");
    if (!inheritsContext || a["@context"] !== undefined) context(a["@context"], path);
    iri(a.id, `${path}.id`);
    hasType(a, "Annotation", path);
    for (const m of asArray(a.motivation))
      if (typeof m !== "string" || !MOTIVATIONS.has(m))
        fail(`${path}.motivation`, `is not a motivation of the model: ${JSON.stringify(m)}`);
    for (const key of ["created", "modified", "generated"] as const)
      if (a[key] !== undefined && (typeof a[key] !== "string" || !DATE_TIME.test(a[key])))
        fail(`${path}.${key}`, `must be an xsd:dateTime with a time zone, is ${JSON.stringify(a[key])}`);
    for (const key of ["creator", "generator"] as const) asArray(a[key]).forEach((x, i) => agent(x, `${path}.${key}[${i}]`));
    for (const key of ["via", "canonical"] as const) asArray(a[key]).forEach((x, i) => iri(x, `${path}.${key}[${i}]`));
    if (a.bodyValue !== undefined) {
      if (typeof a.bodyValue !== "string") fail(`${path}.bodyValue`, "must be a string");
      if (a.body !== undefined) fail(path, "has both body and bodyValue");
    }
    asArray(a.body).forEach((b, i) => resource(b, `${path}.body[${i}]`, "body"));
    const targets = asArray(a.target);
    if (targets.length === 0) fail(`${path}.target`, "an Annotation needs a target");
    targets.forEach((t, i) => resource(t, `${path}.target[${i}]`, "target"));
  }

  /** An embedded page; returns how many items it holds and whether a later page follows. */
  function page(p: unknown, path: string, inheritsContext: boolean): { items: number; next: unknown } {
    if (!isRecord(p)) {
      fail(path, "an AnnotationPage must be an object");
      return { items: 0, next: undefined };
    }
    if (!inheritsContext || p["@context"] !== undefined) context(p["@context"], path);
    iri(p.id, `${path}.id`);
    hasType(p, "AnnotationPage", path);
    if (p.partOf !== undefined) {
      if (isRecord(p.partOf)) {
        iri(p.partOf.id, `${path}.partOf.id`);
        if (p.partOf.total !== undefined && !isCount(p.partOf.total)) fail(`${path}.partOf.total`, "must be a non-negative integer");
      } else iri(p.partOf, `${path}.partOf`);
    }
    if (p.startIndex !== undefined && !isCount(p.startIndex)) fail(`${path}.startIndex`, "must be a non-negative integer");
    iri(p.next, `${path}.next`, false);
    iri(p.prev, `${path}.prev`, false);
    if (!Array.isArray(p.items) || p.items.length === 0) fail(`${path}.items`, "an AnnotationPage needs a list of items");
    const items = Array.isArray(p.items) ? p.items : [];
    items.forEach((a, i) => annotation(a, `${path}.items[${i}]`, true));
    return { items: items.length, next: p.next };
  }

  function collection(c: Record<string, unknown>, path: string) {
    context(c["@context"], path);
    iri(c.id, `${path}.id`);
    hasType(c, "AnnotationCollection", path);
    optionalString(c.label, `${path}.label`);
    if (!isCount(c.total)) return fail(`${path}.total`, `must be a non-negative integer, is ${JSON.stringify(c.total)}`);
    if (c.total === 0) {
      if (c.first !== undefined) fail(`${path}.first`, "an empty collection has no page");
      return;
    }
    if (c.first === undefined) return fail(`${path}.first`, `a collection of ${c.total} needs a first page`);
    if (typeof c.first === "string") return iri(c.first, `${path}.first`);
    const first = page(c.first, `${path}.first`, true);
    if (first.next === undefined && first.items !== c.total)
      fail(`${path}.total`, `says ${c.total}, and its one page holds ${first.items} items`);
    if (isRecord(c.first) && isRecord(c.first.partOf) && c.first.partOf.total !== undefined && c.first.partOf.total !== c.total)
      fail(`${path}.first.partOf.total`, `says ${JSON.stringify(c.first.partOf.total)}, the collection ${c.total}`);
  }

  if (Array.isArray(doc)) {
    if (doc.length === 0) fail("$", "an empty array holds no annotation");
    doc.forEach((a, i) => annotation(a, `$[${i}]`, false));
  } else if (!isRecord(doc)) fail("$", "must be a JSON object or array");
  else if (typesOf(doc).includes("AnnotationCollection")) collection(doc, "$");
  else if (typesOf(doc).includes("AnnotationPage")) page(doc, "$", false);
  else annotation(doc, "$", false);
  return { annotations, problems };
}
