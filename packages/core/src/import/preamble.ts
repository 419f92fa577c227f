import { findKnownGroup } from "../statements/known-groups.ts";
import { splitDateline } from "./dateline.ts";
import { normaliseText } from "./normalise-text.ts";
import { BARE_LABEL, classifyPreambleLine, holdsSentences, MAX_HEADER_LINE, nameLineHints } from "./preamble-line.ts";
import { isSalutation } from "./salutation.ts";
import { wordCount } from "./sentence.ts";
import { parseTitle, TITLE_START } from "./title-parse.ts";
import type { DroppedLine, MetadataHints, RawBlock } from "./types.ts";

export interface PreambleSplit {
  blocks: RawBlock[];
  metadata: MetadataHints;
  dropped: DroppedLine[];
}

/** Adds the hints the metadata does not have yet: the first line to give a field wins. */
export function mergeHints(into: MetadataHints, from: MetadataHints): MetadataHints {
  const merged: Record<string, string | undefined> = { ...into };
  for (const [key, value] of Object.entries(from) as [string, string | undefined][]) {
    if (value && !merged[key]) merged[key] = value;
  }
  return merged as MetadataHints;
}

/**
 * "I have the honour to speak on behalf of the Asia Pacific Group" in the opening paragraphs;
 * not "we align ourselves with the statement delivered on behalf of …", which is someone else's.
 */
function groupInOpening(blocks: readonly RawBlock[]): string | undefined {
  for (const block of blocks.slice(0, 4)) {
    // The group is named in the opening words: a long paragraph is not read to its end.
    const flat = normaliseText(block.text.slice(0, 2_000));
    const behalf = /\bon behalf of (?:the )?([^,;.]+)/iu.exec(flat);
    const sentenceStart = behalf ? Math.max(flat.lastIndexOf(". ", behalf.index), 0) : 0;
    if (behalf && /\balign/iu.test(flat.slice(sentenceStart, behalf.index))) continue;
    const group = behalf?.[1] ? findKnownGroup(behalf[1]) : null;
    if (group) return group.name;
  }
  return undefined;
}

/** What one block of the preamble tells: the whole block, or, for a block of several lines, each line. */
function classifyBlock(block: RawBlock): MetadataHints | null {
  const lines = block.text.split("\n").filter((line) => normaliseText(line) !== "");
  if (lines.length > 1 && lines.length <= 8 && !TITLE_START.test(normaliseText(lines[0] ?? ""))) {
    const each = lines.map((line) => classifyPreambleLine(line));
    if (each.some((hints) => hints !== null)) {
      const named = each.map((hints, i) => hints ?? nameLineHints(lines[i] ?? ""));
      if (named.every((hints) => hints !== null)) return named.reduce<MetadataHints>((all, hints) => mergeHints(all, hints ?? {}), {});
    }
  }
  const whole = classifyPreambleLine(block.text);
  if (whole || block.text.length > MAX_HEADER_LINE * 4) return whole;
  // "26 June 2023, New York – Statement on behalf of …": a dateline before a line that is itself a header.
  const dateline = splitDateline(block.text);
  const rest = dateline ? classifyPreambleLine(dateline.rest) : null;
  if (!dateline || !rest) return null;
  const { text: _line, rest: _rest, ...when } = dateline;
  return mergeHints(when, rest);
}

/** A title's next line when it runs on: it starts in lower case or with "by", "at", or the title ends open. */
function continuesTitle(title: string, flat: string): boolean {
  if (holdsSentences(flat) || wordCount(flat) > 40) return false;
  if (/^\p{Ll}/u.test(flat) || /^(?:by|at|before|during|on behalf of)\s/iu.test(flat)) return true;
  return /(?:\s(?:of|on|the|and|for|at|to|in|by|de|du|des|la|sur|sobre)|[,\u2013-])$/iu.test(title) && !/^\(/u.test(flat);
}

/** A line that may be a title when other preamble lines follow it: short, no sentence, not a salutation. */
function mayBeTitle(flat: string): boolean {
  if (flat.length > 250 || wordCount(flat) > 30 || isSalutation(flat) || holdsSentences(flat)) return false;
  return /^[\p{Lu}\d"“]/u.test(flat) && !/[.!?:;,]$/u.test(flat);
}

interface Scan {
  parts: MetadataHints[];
  dropped: DroppedLine[];
  /** The title's text and its place in `parts`, while the next block may continue it. */
  title: { text: string; at: number } | null;
  hasTitle: boolean;
}

/** Takes the block at `i` (and perhaps the next) into the preamble: how many it took, 0 when the speech starts there. */
function takeBlock(scan: Scan, blocks: readonly RawBlock[], i: number): number {
  const block = blocks[i] as RawBlock;
  if (block.text.length > MAX_HEADER_LINE * 4) return 0;
  const flat = normaliseText(block.text);
  const accept = (hints: MetadataHints, count = 1, isTitle = false): number => {
    scan.title = isTitle ? { text: hints.title ?? flat, at: scan.parts.length } : null;
    if (isTitle) scan.hasTitle = true;
    scan.parts.push(hints);
    for (const taken of blocks.slice(i, i + count)) scan.dropped.push({ text: normaliseText(taken.text), reason: "metadata" });
    return count;
  };
  // A short rule ("—-") among the header lines: too short for a separator, still no speech.
  if (/^[-\u2013\u2014_=*~•]{2,}$/u.test(flat)) {
    scan.dropped.push({ text: flat, reason: "separator" });
    return 1;
  }
  if (scan.title && continuesTitle(scan.title.text, flat)) {
    const text = `${scan.title.text}\n${block.text}`;
    scan.parts[scan.title.at] = { ...scan.parts[scan.title.at], ...parseTitle(text) };
    scan.dropped.push({ text: flat, reason: "metadata" });
    scan.title.text = normaliseText(text);
    return 1;
  }
  const hints = classifyBlock(block);
  if (hints) return accept(hints, 1, hints.title !== undefined && TITLE_START.test(flat));
  const next = blocks[i + 1];
  if (BARE_LABEL.test(flat) && next) {
    const label = flat.replace(/\s*:?$/u, "");
    return accept(classifyPreambleLine(`${label}: ${normaliseText(next.text)}`) ?? {}, 2);
  }
  // A name alone, or a title the page gives no "Statement by" to, count only when preamble lines follow.
  const after = next === undefined ? null : classifyBlock(next);
  if (after === null) return 0;
  // "Climate Change" over a date is a title; "Susan Rice" over a role line, or under a title, a name.
  const name = nameLineHints(flat);
  if (name && (scan.hasTitle || after.role !== undefined)) return accept(name);
  if (mayBeTitle(flat) && !scan.hasTitle) return accept(parseTitle(block.text), 1, true);
  return name ? accept(name) : 0;
}

/**
 * Removes the lines before the speech that only give its title, place, date,
 * speaker, role or delivery, offering what they say as metadata. The speech starts
 * at the first block that is not such a line (a salutation, a heading, a sentence);
 * a dateline run into that block ("7 December 2023, New York – Thank you …") is cut off it.
 */
export function extractPreamble(blocks: readonly RawBlock[]): PreambleSplit {
  const scan: Scan = { parts: [], dropped: [], title: null, hasTitle: false };
  let start = 0;
  while (start < blocks.length) {
    const taken = takeBlock(scan, blocks, start);
    if (taken === 0) break;
    start += taken;
  }
  if (start >= blocks.length) return { blocks: [...blocks], metadata: {}, dropped: [] };
  let metadata = scan.parts.reduce<MetadataHints>((all, hints) => mergeHints(all, hints), {});
  const speech = blocks.slice(start);
  const first = speech[0] as RawBlock;
  const dateline = splitDateline(first.text);
  if (dateline) {
    const { text, rest, ...hints } = dateline;
    metadata = mergeHints(metadata, hints);
    scan.dropped.push({ text, reason: "metadata" });
    speech[0] = { ...first, text: rest };
  }
  const group = metadata.onBehalfOf ? undefined : groupInOpening(speech);
  if (group) metadata.onBehalfOf = group;
  return { blocks: speech, metadata, dropped: scan.dropped };
}
