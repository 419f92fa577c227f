import { endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch, type BodyOf, type ResponseOf } from "../api/api-fetch.ts";
import { type ApiErrorCode, isApiError } from "../api/api-error.ts";
import { afterCodebookChange, type Code } from "../queries/codebook-query.ts";
import { queryKeys } from "../queries/query-keys.ts";
import { codebookErrorMessage } from "./codebook-errors.ts";
import { codebookNotices } from "./codebook-notices.ts";

export type CodebookChange = ResponseOf<typeof endpoints.updateCode>;
export type BulkResult = ResponseOf<typeof endpoints.bulkCodes>;
export type UpdateChanges = Omit<BodyOf<typeof endpoints.updateCode>, "version">;

// Kept here too for callers written against this module; it lives in queries/ so that lower layers (export/) can use it.
export { afterCodebookChange };

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
const touched = (n: number) => (n > 0 ? ` · ${plural(n, "annotation")}` : "");

/**
 * A governing change: on success the codebook is read again and a notice says what changed, with Undo; a failure
 * becomes a notice unless its code is one the caller handles in place (`handled`, such as code_exists).
 */
function useGoverning<V, R extends { undo: string; annotations: number }>(
  run: (vars: V) => Promise<R>,
  describe: (result: R, vars: V) => string,
  handled: readonly ApiErrorCode[] = [],
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (result, vars) => {
      codebookNotices.add({ type: "done", message: `${describe(result, vars)}${touched(result.annotations)}`, undo: result.undo });
    },
    onError: (error) => {
      if (handled.some((code) => isApiError(error, code))) return;
      codebookNotices.add({ type: "error", message: codebookErrorMessage(error) });
    },
    onSettled: () => afterCodebookChange(queryClient),
  });
}

const what = (code: Code) => (code.type === "topic" ? "topic" : "label");

/** Rename, define, move, colour, approve or deprecate a code, at the version the page shows. */
export function useUpdateCode(handled: readonly ApiErrorCode[] = []) {
  return useGoverning(
    ({ code, changes }: { code: Code; changes: UpdateChanges; verb?: string }) =>
      apiFetch(endpoints.updateCode, { params: { id: code.id }, body: { version: code.version, ...changes } }),
    (_r, { code, changes, verb }) =>
      changes.name !== undefined && changes.name !== code.name
        ? `Renamed ‘${code.name}’ to ‘${changes.name}’`
        : `${verb ?? "Updated"} the ${what(code)} ‘${code.name}’`,
    handled,
  );
}

export function useMergeCode() {
  return useGoverning(
    ({ code, into }: { code: Code; into: Code }) => apiFetch(endpoints.mergeCode, { params: { id: code.id }, body: { into: into.id } }),
    (_r, { code, into }) => `Merged ‘${code.name}’ into ‘${into.name}’`,
  );
}

export function useDeleteCode() {
  return useGoverning(
    (code: Code) => apiFetch(endpoints.deleteCode, { params: { id: code.id } }),
    (_r, code) => `Deleted the ${what(code)} ‘${code.name}’`,
  );
}

export function useSplitCode() {
  return useGoverning(
    ({ code, body }: { code: Code; body: BodyOf<typeof endpoints.splitCode> }) =>
      apiFetch(endpoints.splitCode, { params: { id: code.id }, body }),
    (r, { code }) => `Moved annotations from ‘${code.name}’ to ‘${r.code?.name ?? "the other code"}’`,
  );
}

export function useBulkCodes() {
  return useGoverning(
    (body: BodyOf<typeof endpoints.bulkCodes>) => apiFetch(endpoints.bulkCodes, { body }),
    (r) => `Changed the codes${r.skipped > 0 ? ` (${plural(r.skipped, "annotation")} skipped: topics go on positions only)` : ""}`,
  );
}

/** An analyst's code is new until reviewed; a reviewer's or admin's is active. code_exists is the caller's to show. */
export function useCreateCode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<typeof endpoints.createCode>) => apiFetch(endpoints.createCode, { body }),
    onSuccess: (code) => {
      codebookNotices.add({ type: "done", message: `Added the ${what(code)} ‘${code.name}’`, undo: null });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.codes }),
  });
}

/** Takes a change back with its token, once. */
export function useUndoCodebookChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => apiFetch(endpoints.undoCodebookChange, { params: { token } }),
    onSuccess: (r) => {
      codebookNotices.add({ type: "done", message: `Undone${touched(r.annotations)}`, undo: null });
    },
    onError: (error) => {
      codebookNotices.add({ type: "error", message: codebookErrorMessage(error) });
    },
    onSettled: () => afterCodebookChange(queryClient),
  });
}
