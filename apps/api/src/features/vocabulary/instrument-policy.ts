import { endpoints } from "@verbatim/contract";
import type { Viewer } from "../../auth/actor.ts";
import { mayCall } from "../../auth/may-call.ts";

/** Admins add instruments to the registry (the endpoint's own gate). */
export const canAddInstruments = (viewer: Viewer): boolean => mayCall(viewer, endpoints.createInstrument);
