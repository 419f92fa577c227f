import { endpoints } from "@verbatim/contract";
import type { Viewer } from "../../auth/actor.ts";
import { mayCall } from "../../auth/may-call.ts";

/** Admins of their current workspace create further workspaces (the endpoint's own gate). */
export const canCreateWorkspace = (viewer: Viewer): boolean => mayCall(viewer, endpoints.createWorkspace);
