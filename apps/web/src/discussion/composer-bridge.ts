import type { MentionCandidate } from "./match-members.ts";

export interface ComposerHandlers {
  candidates: (query: string) => MentionCandidate[];
  submit: () => void;
  cancel: (() => void) | undefined;
  menuOpen: boolean;
}

/**
 * The editor's key and suggestion handlers are made once, with the editor; this hands them what the latest
 * render knows (the members, the submit and cancel actions, whether the @ list is open).
 */
export function createComposerBridge() {
  let current: ComposerHandlers = { candidates: () => [], submit: () => {}, cancel: undefined, menuOpen: false };
  return {
    update: (next: ComposerHandlers) => {
      current = next;
    },
    get: () => current,
  };
}
