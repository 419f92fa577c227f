import { endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch, type BodyOf } from "../api/api-fetch.ts";
import { meQuery } from "./use-me.ts";

export type CreateWorkspaceInput = BodyOf<typeof endpoints.createWorkspace>;

/**
 * Creates a workspace with the signed-in user as its admin. The session stays where it was (switching is a call
 * of its own); the new workspace joins the user's list at once, without reading `me` again, since a read racing
 * the switch that follows could bring back the workspace being left.
 */
export function useCreateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWorkspaceInput) => apiFetch(endpoints.createWorkspace, { body }),
    onSuccess: async ({ workspace }) => {
      await queryClient.cancelQueries({ queryKey: meQuery().queryKey });
      queryClient.setQueryData(meQuery().queryKey, (me) => me && { ...me, workspaces: [...me.workspaces, workspace] });
    },
  });
}
