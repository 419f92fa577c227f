import { z } from "zod";
import { ROLES } from "@verbatim/core";
import { Uuid } from "./common.ts";

export const Email = z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(254));
export const Password = z.string().min(10, "at least 10 characters").max(256);
export const Role = z.enum(ROLES);

export const LoginRequest = z.strictObject({ email: Email, password: z.string().min(1).max(256) });

export const SetupStatus = z.object({
  needed: z.boolean(),
  samples: z.array(z.object({ key: z.string(), title: z.string(), delegation: z.string().nullable() })),
});
export const SetupRequest = z.strictObject({
  workspaceName: z.string().trim().min(1).max(120),
  name: z.string().trim().min(1).max(120),
  email: Email,
  password: Password,
  loadSamples: z.boolean().default(false),
});

export const WorkspaceRef = z.object({ id: Uuid, name: z.string(), role: Role });
/** A workspace's name as a person types it; unique among the workspaces of whoever creates it (not across the server). */
export const WorkspaceName = z.string().trim().min(1, "enter a name").max(100, "at most 100 characters");
export const CreateWorkspaceRequest = z.strictObject({ name: WorkspaceName });
/** The new workspace, with the creator's role in it (admin). */
export const WorkspaceResponse = z.object({ workspace: WorkspaceRef });
export const UserRef = z.object({ id: Uuid, name: z.string() });
/** What the caller may do in the workspace that belongs to no one object, as the API's policies decide. */
export const WorkspaceAbilities = z.object({
  import: z.boolean(),
  review: z.boolean(),
  manageMembers: z.boolean(),
  addInstruments: z.boolean(),
  createWorkspace: z.boolean(),
  /** Hand statements to members to tag or to review. */
  assign: z.boolean(),
  /** See the workspace's deleted statements and restore any of them (the Deleted statements page). */
  restoreStatements: z.boolean(),
  /** Save searches, passages filters and matrices as views of the workspace (the Save view button). */
  saveViews: z.boolean(),
});
export type WorkspaceAbilities = z.infer<typeof WorkspaceAbilities>;
export const Me = z.object({
  user: z.object({ id: Uuid, name: z.string(), email: z.string() }),
  workspace: WorkspaceRef,
  abilities: WorkspaceAbilities,
  workspaces: z.array(WorkspaceRef),
  csrfToken: z.string().nullable(),
});
export const SwitchWorkspaceRequest = z.strictObject({ workspaceId: Uuid });

export const CreateTokenRequest = z.strictObject({ name: z.string().trim().min(1).max(120) });
export const ApiTokenInfo = z.object({ id: Uuid, name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() });
export const ApiTokenList = z.object({ items: z.array(ApiTokenInfo) });
export const CreatedToken = z.object({ token: z.string(), info: ApiTokenInfo });
