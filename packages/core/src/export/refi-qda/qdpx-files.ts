import { projectToQde } from "./project-qde.ts";
import type { RefiProjectInput } from "./types.ts";

/**
 * The files of a `.qdpx`, to be zipped as they are (the API uses fflate's zipSync): `project.qde` at the top and
 * each source's text under `sources/`, where the project's `internal://<guid>.txt` paths point.
 */
export function qdpxFiles(input: RefiProjectInput): { name: string; data: string }[] {
  const { qde, sources } = projectToQde(input);
  return [{ name: "project.qde", data: qde }, ...sources.map((s) => ({ name: s.path, data: s.text }))];
}
