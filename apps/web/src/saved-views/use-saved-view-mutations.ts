import { endpoints } from "@verbatim/contract";
import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch, type BodyOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

export type CreateSavedViewInput = BodyOf<typeof endpoints.createSavedView>;

/** Every list of views (and each view) may have changed: they are a few rows, so read them again. */
const refresh = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: queryKeys.allSavedViews });

/** Saves the page's state by name for the workspace. */
export function useCreateSavedView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSavedViewInput) => apiFetch(endpoints.createSavedView, { body }),
    onSuccess: () => refresh(queryClient),
  });
}

/** Renames a view (its creator, or an admin). */
export function useRenameSavedView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) => apiFetch(endpoints.updateSavedView, { params: { id }, body: { name } }),
    onSuccess: () => refresh(queryClient),
  });
}

/** Deletes a view; `useRestoreSavedView` undoes it. */
export function useDeleteSavedView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id }: { id: string }) => apiFetch(endpoints.deleteSavedView, { params: { id } }),
    onSuccess: () => refresh(queryClient),
  });
}

/** Brings a deleted view back (the Undo of a delete); 409 when its name was taken meanwhile. */
export function useRestoreSavedView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id }: { id: string }) => apiFetch(endpoints.restoreSavedView, { params: { id } }),
    onSuccess: () => refresh(queryClient),
  });
}
