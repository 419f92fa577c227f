import { classifyCrossReferenceTarget, parseStatementParagraphRef } from "@verbatim/core";
import type { Instrument, ParagraphHit } from "./use-vocabulary.ts";

export interface TargetOption {
  /** What the cross-reference's `target` becomes when this option is chosen. */
  value: string;
  label: string;
  detail: string;
  group: "Typed" | "Instruments" | "Paragraphs";
}

const fold = (s: string) =>
  s
    .toLocaleLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");

/** How well an instrument matches: 0 a key or short name exactly, 1 one starting so, 2 the name starting so, 3 anywhere. */
function score(instrument: Instrument, q: string): number | null {
  const handles = [instrument.key, ...instrument.shortNames].map(fold);
  if (handles.includes(q)) return 0;
  if (handles.some((h) => h.startsWith(q))) return 1;
  const name = fold(instrument.name);
  if (name.startsWith(q)) return 2;
  if (name.includes(q) || handles.some((h) => h.includes(q)) || fold(instrument.symbol ?? "").includes(q)) return 3;
  return null;
}

/** Instruments whose key, short names, name or symbol match the text, best first; all of them for no text. */
export function matchInstruments(instruments: readonly Instrument[], text: string, limit = 20): Instrument[] {
  const q = fold(text.trim());
  if (!q) return instruments.slice(0, limit);
  return instruments
    .map((instrument, index) => ({ instrument, index, score: score(instrument, q) }))
    .filter((m): m is { instrument: Instrument; index: number; score: number } => m.score !== null)
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, limit)
    .map((m) => m.instrument);
}

const TYPED_DETAIL = { "un-symbol": "UN document symbol", url: "Web address", paragraph: "Paragraph of a statement" } as const;

/** The typed text itself, when it is a UN symbol, a URL or a `slug#pN` that is not already offered. */
export function typedOption(text: string, instrumentKeys: ReadonlySet<string>): TargetOption | null {
  const value = text.trim();
  const kind = classifyCrossReferenceTarget(value, instrumentKeys);
  if (!kind || kind.type === "instrument") return null;
  return { value, label: `Use ${value}`, detail: TYPED_DETAIL[kind.type], group: "Typed" };
}

export function instrumentOption(instrument: Instrument): TargetOption {
  const aka = instrument.shortNames.filter((n) => n !== instrument.key).slice(0, 2);
  return {
    value: instrument.key,
    label: instrument.key,
    detail: aka.length ? `${instrument.name} (${aka.join(", ")})` : instrument.name,
    group: "Instruments",
  };
}

export function paragraphOption(hit: ParagraphHit): TargetOption {
  const where = [hit.delegation, hit.date].filter(Boolean).join(", ");
  const text = hit.text.length > 140 ? `${hit.text.slice(0, 139).trimEnd()}…` : hit.text;
  return {
    value: hit.ref,
    label: `${hit.statementTitle}${hit.number !== null ? ` ¶${hit.number}` : ""} · ${hit.paragraphId}`,
    detail: where ? `${where}: ${text}` : text,
    group: "Paragraphs",
  };
}

/** Everything the picker offers for the typed text: the text itself if it is a target, instruments, paragraphs. */
export function targetOptions(text: string, instruments: readonly Instrument[], hits: readonly ParagraphHit[]): TargetOption[] {
  const keys = new Set(instruments.map((i) => i.key));
  const typed = typedOption(text, keys);
  const paragraphs = hits.map(paragraphOption).filter((o) => o.value !== typed?.value);
  return [...(typed ? [typed] : []), ...matchInstruments(instruments, text).map(instrumentOption), ...paragraphs];
}

/** A line saying what the target names, shown under the field. */
export function describeTarget(value: string, instruments: readonly Instrument[]): string {
  const target = value.trim();
  const instrument = instruments.find((i) => i.key === target);
  if (instrument) return instrument.name;
  const kind = classifyCrossReferenceTarget(target, new Set(instruments.map((i) => i.key)));
  if (kind?.type === "paragraph") {
    const ref = parseStatementParagraphRef(target);
    return ref ? `Paragraph ${ref.paragraphId} of ${ref.slug}` : "";
  }
  return kind ? TYPED_DETAIL[kind.type as keyof typeof TYPED_DETAIL] : "";
}
