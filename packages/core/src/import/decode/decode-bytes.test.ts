import { describe, expect, it } from "vitest";
import { decodeTextBytes } from "./decode-bytes.ts";
import { repairMojibake } from "./repair-mojibake.ts";

const utf8 = (text: string): Uint8Array => Buffer.from(text, "utf8");
const utf16le = (text: string): Uint8Array => Buffer.from(text, "utf16le");
const utf16be = (text: string): Uint8Array => Buffer.from(text, "utf16le").swap16();
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "latin1") : Buffer.from(part))));

const SAMPLES = [
  "Monsieur le Président, je vous remercie. « Sécurité » et l’été – 5 €.",
  "Señor Presidente: la región está en crisis; ¿cuándo?",
  "Senhor Presidente, SÃO PAULO e a ação humanitária.",
  "Господин Председатель, благодарю вас.",
  "السيد الرئيس، أشكركم.",
  "主席先生，谢谢。",
  "Thank you 👍🏽 — really.",
];

describe("decodeTextBytes", () => {
  it("reads UTF-8 without a byte order mark", () => {
    for (const text of SAMPLES) {
      expect(decodeTextBytes(utf8(text))).toEqual({ text, encoding: "utf-8", bom: false });
    }
  });

  it("strips a UTF-8 byte order mark", () => {
    expect(decodeTextBytes(bytes([0xef, 0xbb, 0xbf], "Hello"))).toEqual({ text: "Hello", encoding: "utf-8", bom: true });
  });

  it("reads UTF-16 with a byte order mark, either way round", () => {
    for (const text of SAMPLES) {
      expect(decodeTextBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(text)]))).toEqual({
        text,
        encoding: "utf-16le",
        bom: true,
      });
      expect(decodeTextBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]))).toEqual({
        text,
        encoding: "utf-16be",
        bom: true,
      });
    }
  });

  it("recognises UTF-16 without a byte order mark by its NUL bytes", () => {
    const english = "Mr. President,\r\nThank you for convening this meeting.\r\n";
    expect(decodeTextBytes(utf16le(english))).toEqual({ text: english, encoding: "utf-16le", bom: false });
    expect(decodeTextBytes(utf16be(english))).toEqual({ text: english, encoding: "utf-16be", bom: false });
    // Chinese has NULs only in its line breaks and ASCII; "一" (U+4E00) puts one on the other side.
    const chinese = "主席先生：\r\n一、我们欢迎这次会议。\r\n二、谢谢。\r\n";
    expect(decodeTextBytes(utf16le(chinese))).toEqual({ text: chinese, encoding: "utf-16le", bom: false });
    expect(decodeTextBytes(utf16be(chinese))).toEqual({ text: chinese, encoding: "utf-16be", bom: false });
  });

  it("reads other bytes as Windows-1252, with its quotes, dashes and euro in 0x80–0x9F", () => {
    const result = decodeTextBytes(bytes([0x93], "L'", [0xe9], "t", [0xe9, 0x94, 0x20, 0x96, 0x20, 0x80], "5 ", [0x85]));
    expect(result).toEqual({ text: "“L'été” – €5 …", encoding: "windows-1252", bom: false });
  });

  it("reads Latin-1 text as Windows-1252, which agrees with it on every printable byte", () => {
    const text = "Déclaration de la délégation française à l'ONU ; señor, ¿qué? Straße.";
    expect(decodeTextBytes(Buffer.from(text, "latin1"))).toEqual({ text, encoding: "windows-1252", bom: false });
  });

  it("keeps a UTF-8 file cut off inside its last character as UTF-8", () => {
    const cut = utf8("Le café coûte 5 €").subarray(0, -1);
    expect(decodeTextBytes(cut)).toEqual({ text: "Le café coûte 5 \ufffd", encoding: "utf-8", bom: false });
  });

  it("reads an ASCII text ending in a lone lead byte as Windows-1252", () => {
    expect(decodeTextBytes(bytes("Merci, caf", [0xe9]))).toEqual({ text: "Merci, café", encoding: "windows-1252", bom: false });
  });

  it("reads UTF-8 with a stray Windows-1252 byte as Windows-1252, whose mojibake repairMojibake undoes", () => {
    const mixed = Buffer.concat([utf8("L’été "), Buffer.from([0x96]), utf8(" déjà")]);
    const decoded = decodeTextBytes(mixed);
    expect(decoded?.encoding).toBe("windows-1252");
    expect(repairMojibake(decoded?.text ?? "").text).toBe("L’été – déjà");
  });

  it("gives empty text for no bytes", () => {
    expect(decodeTextBytes(new Uint8Array())).toEqual({ text: "", encoding: "utf-8", bom: false });
  });

  it("refuses binary files", () => {
    const png = bytes([0x89], "PNG\r\n", [0x1a, 0x0a, 0, 0, 0, 0x0d], "IHDR");
    expect(decodeTextBytes(png)).toBeNull();
    expect(decodeTextBytes(bytes("%PDF-1.7\n%", [0xe2, 0xe3, 0xcf, 0xd3], "\n1 0 obj"))).toBeNull();
    expect(decodeTextBytes(bytes("PK", [0x03, 0x04, 0x14, 0, 0x06, 0], "[Content_Types].xml"))).toBeNull();
    expect(decodeTextBytes(bytes("GIF89a", [0x01, 0x00]))).toBeNull();
    expect(decodeTextBytes(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF"))).toBeNull();
  });

  it("refuses NULs in a file that is not UTF-16, and text full of control characters", () => {
    expect(decodeTextBytes(bytes("Hello", [0], " world, this is a statement."))).toBeNull();
    expect(decodeTextBytes(Uint8Array.from({ length: 4000 }, (_, i) => (i % 7 === 0 ? 0x01 : 0x41)))).toBeNull();
    // UTF-16 pairs of NULs are NUL characters, which no text holds.
    expect(decodeTextBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le("ab\u0000\u0000cd")]))).toBeNull();
  });

  it("accepts a few control characters, such as page breaks", () => {
    const text = "Page one.\f\nPage two.\r\n\u001a";
    expect(decodeTextBytes(utf8(text))?.text).toBe(text);
  });
});
