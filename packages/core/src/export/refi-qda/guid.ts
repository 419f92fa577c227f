/**
 * GUIDs for REFI-QDA, which requires every element's `guid` to match its GUIDType pattern. Entities that have a
 * UUID (statements, annotations, codes, users) keep it, so two exports of the same work name the same things alike;
 * what Verbatim has no ID for (the kind codes, cases, codings, memos) gets a GUID derived from a key that names it,
 * so the same export is the same bytes twice, and a code such as Position › urges has one GUID in every export.
 */

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/** True for a GUID as REFI-QDA spells one (with or without braces). */
export const isGuid = (s: string): boolean => GUID.test(s);

/** A 64-bit FNV state as four 16-bit limbs, low first: plain numbers, no BigInt per byte. */
type Limbs = [number, number, number, number];
const OFFSET_BASIS: Limbs = [0x2325, 0x8422, 0x9ce4, 0xcbf2];

/** One byte into the state, in place: h ^= byte, then h × 0x100000001b3 mod 2^64 (h × 0x1b3 plus h << 40). */
function mix(h: Limbs, byte: number): void {
  const v0 = h[0] ^ byte;
  const t0 = v0 * 435;
  let t1 = h[1] * 435;
  let t2 = h[2] * 435 + (v0 << 8);
  const t3 = h[3] * 435 + (h[1] << 8);
  t1 += t0 >>> 16;
  t2 += t1 >>> 16;
  h[0] = t0 & 0xffff;
  h[1] = t1 & 0xffff;
  h[3] = (t3 + (t2 >>> 16)) & 0xffff;
  h[2] = t2 & 0xffff;
}

/** FNV-1a 64 of the UTF-8 bytes of `s`, from state `from`: an export derives hundreds of thousands of GUIDs. */
function fnvInto(from: Limbs, s: string): Limbs {
  const h: Limbs = [...from];
  for (let i = 0; i < s.length; i++) {
    let c = s.codePointAt(i)!;
    if (c >= 0xd800 && c < 0xe000) c = 0xfffd; // a lone surrogate, as UTF-8 encoders write it
    if (c < 0x80) mix(h, c);
    else if (c < 0x800) {
      mix(h, 0xc0 | (c >> 6));
      mix(h, 0x80 | (c & 63));
    } else if (c < 0x10000) {
      mix(h, 0xe0 | (c >> 12));
      mix(h, 0x80 | ((c >> 6) & 63));
      mix(h, 0x80 | (c & 63));
    } else {
      mix(h, 0xf0 | (c >> 18));
      mix(h, 0x80 | ((c >> 12) & 63));
      mix(h, 0x80 | ((c >> 6) & 63));
      mix(h, 0x80 | (c & 63));
      i++; // the low surrogate
    }
  }
  return h;
}

const hex = (h: Limbs): string =>
  (h[3] * 0x10000 + h[2]).toString(16).padStart(8, "0") + (h[1] * 0x10000 + h[0]).toString(16).padStart(8, "0");

/** FNV-1a 64 over the UTF-8 bytes of `s`, as 16 hex digits. */
export const fnv1a64 = (s: string): string => hex(fnvInto(OFFSET_BASIS, s));

/**
 * A GUID derived from `key`: FNV-1a 64 over the key twice, the second pass from the first's state (one pass alone
 * would leave keys that differ only in their last character alike in their high bits), then over a short salt for
 * the other 64 bits. Shown as a UUID with version 5's nibble and the RFC 4122 variant, as a name-based UUID is.
 * Not cryptographic: the keys are ours, and it only has to be stable and not collide by accident.
 */
export function derivedGuid(key: string): string {
  const a = fnvInto(fnvInto(OFFSET_BASIS, key), key);
  const digits = hex(a) + hex(fnvInto(a, "refi-qda"));
  const variant = ((parseInt(digits[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-5${digits.slice(13, 16)}-${variant}${digits.slice(17, 20)}-${digits.slice(20, 32)}`;
}

/** An entity's own ID when it is a GUID (lower case, without braces), else one derived from its kind and ID. */
export function guidOf(kind: string, id: string): string {
  const m = GUID.exec(id);
  return m?.[1] ? m[1].toLowerCase() : derivedGuid(`${kind}:${id}`);
}
