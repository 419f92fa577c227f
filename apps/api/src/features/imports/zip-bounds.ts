import { inflateRawSync } from "node:zlib";
import { AppError } from "../../http/app-error.ts";

/** What the parts of a Word file may unpack to, all together: a long statement's document.xml is a few megabytes. */
export const MAX_UNZIPPED_BYTES = 60 * 1024 * 1024;
/** A Word file has a few dozen parts; thousands is not a document. */
const MAX_ENTRIES = 2_000;

const invalid = (message: string) => new AppError("invalid_file", message);

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localHeader: number;
}

/** The zip's central directory, read from its end record (APPNOTE.TXT 4.3.12, 4.3.16). */
function entries(zip: Buffer): Entry[] {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0 || endAt + 22 > zip.length) throw invalid("the Word file is not a complete zip archive");
  const count = zip.readUInt16LE(endAt + 10);
  let at = zip.readUInt32LE(endAt + 16);
  if (count > MAX_ENTRIES) throw invalid(`the Word file has ${count} parts; a document has far fewer`);
  const list: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw invalid("the Word file's zip directory is damaged");
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    list.push({
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localHeader: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extra;
  }
  return list;
}

/** The entry's compressed bytes, after its local header. */
function dataOf(zip: Buffer, entry: Entry): Buffer {
  const at = entry.localHeader;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) throw invalid("the Word file's zip entries are damaged");
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + entry.compressedSize > zip.length) throw invalid("the Word file is truncated");
  return zip.subarray(start, start + entry.compressedSize);
}

/**
 * Refuses a zip bomb before mammoth (through JSZip) unpacks it: every part that is not media is inflated here with a
 * hard cap on its output, so a size the headers understate cannot slip past (the declared sizes are not trusted).
 * Media are never read: the import keeps no images.
 */
export function assertBoundedZip(bytes: Uint8Array): string[] {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let budget = MAX_UNZIPPED_BYTES;
  const names: string[] = [];
  for (const entry of entries(zip)) {
    names.push(entry.name);
    if (entry.name.endsWith("/") || /^word\/media\//u.test(entry.name)) continue;
    const data = dataOf(zip, entry);
    if (entry.method === 0) budget -= data.length;
    else if (entry.method === 8) {
      try {
        budget -= inflateRawSync(data, { maxOutputLength: Math.max(budget, 1) }).length;
      } catch (e) {
        if (e instanceof RangeError) throw tooLarge();
        throw invalid(`the Word file's part ${entry.name} cannot be unpacked`);
      }
    } else throw invalid(`the Word file's part ${entry.name} uses a compression it should not (method ${entry.method})`);
    if (budget < 0) throw tooLarge();
  }
  return names;
}

const tooLarge = () =>
  invalid(`the Word file unpacks to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB of text and markup: it is not a statement`);
