import { describe, expect, it } from "vitest";
import type { RawBlock } from "../types.ts";
import { readUnDocumentCover } from "./un-document-cover.ts";

const heading = (text: string): RawBlock => ({ kind: "heading", level: 2, text, page: 1 });
const paragraph = (text: string, page = 1): RawBlock => ({ kind: "paragraph", text, page });
const body = paragraph("I have the honour to transmit herewith the joint statement of the Ministers.");

describe("readUnDocumentCover", () => {
  it("reads an L-document's cover: the title above the text, the most specific body named, the cover's date", () => {
    const blocks = [
      heading("Economic and Social Council"),
      paragraph("19 May 2023"),
      heading("Commission on Crime Prevention and Criminal Justice"),
      heading("Austria, Canada and Ghana: draft resolution"),
      heading("Promoting the use of standards\nand norms"),
      paragraph("The Commission on Crime Prevention and Criminal Justice, recalling its resolutions,"),
    ];
    const cover = readUnDocumentCover(blocks, "E/CN.15/2023/L.5");
    expect(cover.metadata).toEqual({
      title: "Promoting the use of standards and norms",
      forum: "Commission on Crime Prevention and Criminal Justice",
      date: "2023-05-19",
    });
    expect(cover.blocks).toEqual(blocks.slice(5));
    expect(cover.dropped.map((d) => d.reason)).toEqual(["front-matter", "front-matter", "front-matter", "front-matter", "metadata"]);
  });

  it("reads a letter's own date, its delegation and who signed it", () => {
    const title =
      "Letter dated 5 December 2023 from the Permanent Representative of Norway to the United Nations addressed to the Secretary-General";
    const cover = readUnDocumentCover(
      [
        heading("General Assembly\nSecurity Council"),
        paragraph("7 December 2023"),
        heading(title),
        body,
        paragraph("(Signed) Mona Juul", 2),
      ],
      "A/78/650",
    );
    expect(cover.metadata).toEqual({ title, forum: "Security Council", date: "2023-12-05", delegation: "Norway", speaker: "Mona Juul" });
  });

  it("leaves a meeting record, a text without a symbol and one without a title above its text to the others", () => {
    const blocks = [heading("Security Council"), heading("Adoption of the agenda"), body];
    expect(readUnDocumentCover(blocks, "S/PV.9500").blocks).toBe(blocks);
    expect(readUnDocumentCover(blocks, undefined).blocks).toBe(blocks);
    expect(readUnDocumentCover([paragraph("Short line"), body], "A/78/650").blocks).toHaveLength(2);
  });

  it("stays linear on a long cover", () => {
    const many = Array.from({ length: 50_000 }, () => heading("Committee on Committees"));
    expect(readUnDocumentCover([...many, body], "A/1").metadata.forum).toBe("Committee on Committees");
  });
});
