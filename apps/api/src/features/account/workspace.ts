import type { WorkspaceRef } from "@verbatim/contract";
import type { Role } from "@verbatim/core";
import type { z } from "zod";

/** A workspace as its member sees it in `me` and in a new workspace's answer: its name and their role in it. */
export const presentWorkspace = (workspace: { id: string; name: string }, role: Role): z.output<typeof WorkspaceRef> => ({
  id: workspace.id,
  name: workspace.name,
  role,
});
