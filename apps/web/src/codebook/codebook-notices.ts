import { useSyncExternalStore } from "react";
import { registerClientStore } from "../queries/client-state.ts";

/** A message about a codebook change: what was done, with the token that takes it back, or what went wrong. */
export type CodebookNotice =
  { id: string; type: "done"; message: string; undo: string | null } | { id: string; type: "error"; message: string };

type NewNotice = { type: "done"; message: string; undo: string | null } | { type: "error"; message: string };

/** A few at most: an older message gives way to a newer one. */
const MAX_NOTICES = 3;

export function createCodebookNotices() {
  let notices: readonly CodebookNotice[] = [];
  let counter = 0;
  const listeners = new Set<() => void>();
  const set = (next: readonly CodebookNotice[]) => {
    notices = next;
    for (const listener of listeners) listener();
  };
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => notices,
    add(notice: NewNotice): string {
      const id = `codebook-notice-${++counter}`;
      set([...notices.slice(-(MAX_NOTICES - 1)), { ...notice, id }]);
      return id;
    },
    dismiss(id: string) {
      if (notices.some((n) => n.id === id)) set(notices.filter((n) => n.id !== id));
    },
    clear: () => set([]),
  };
}

export type CodebookNoticeStore = ReturnType<typeof createCodebookNotices>;

export const codebookNotices = createCodebookNotices();
registerClientStore(codebookNotices.clear);

export function useCodebookNotices(store: CodebookNoticeStore = codebookNotices): readonly CodebookNotice[] {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
