import { endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch, type BodyOf } from "../api/api-fetch.ts";
import { queryKeys } from "./query-keys.ts";

export type ImportRecordInput = BodyOf<typeof endpoints.importRecord>;
/** JSON for a pasted record, or its file again as multipart with the turns (JSON) and meeting fields beside it. */
export type ImportRecordCall = { body: ImportRecordInput } | { form: FormData };

/** Imports a meeting record's chosen speaker turns, one statement each (201), or as a job for a large record (202). */
export function useImportRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (call: ImportRecordCall) => apiFetch(endpoints.importRecord, call),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.allStatements });
    },
  });
}
