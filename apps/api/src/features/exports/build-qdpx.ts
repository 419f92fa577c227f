import { qdpxFiles, type RefiProjectInput } from "@verbatim/core";
import { strToU8, zipSync } from "fflate";

/**
 * A REFI-QDA project's `.qdpx`: core writes project.qde and each source's text, fflate zips them. Building the XML for
 * tens of thousands of selections is CPU work, so it runs in the work pool, never on the thread that serves requests.
 */
export function buildQdpx(input: RefiProjectInput): Uint8Array {
  return zipSync(Object.fromEntries(qdpxFiles(input).map((f) => [f.name, strToU8(f.data)])));
}
