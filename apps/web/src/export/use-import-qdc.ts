import { endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

export type QdcImportResult = ResponseOf<typeof endpoints.importQdc>;

/** The file, as POST /api/imports/qdc takes it: multipart/form-data, in the field `file`. */
export async function importQdc(file: Blob, name = "codebook.qdc"): Promise<QdcImportResult> {
  const form = new FormData();
  form.append("file", file, name);
  return (await apiFetch(endpoints.importQdc, { form })) as QdcImportResult;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** What an import did, in a sentence: "3 codes created, 2 already in the codebook, 1 skipped". */
export function describeQdcImport(r: QdcImportResult): string {
  const parts = [`${plural(r.created, "code")} created`, `${r.matched} already in the codebook`];
  if (r.skipped.length > 0) parts.push(`${r.skipped.length} skipped`);
  return parts.join(", ");
}

/**
 * Imports a REFI-QDA codebook (.qdc) into the workspace's codebook (reviewers and admins); the codebook and the label
 * suggestions are read again afterwards (an import adds codes and fills definitions: no annotation changes). The
 * result carries an `undo` token for POST /api/codebook/undo/:token.
 */
export function useImportQdc() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => importQdc(file, file.name),
    onSettled: () => Promise.all([queryKeys.codes, queryKeys.labels].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
