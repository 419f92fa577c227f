import type { Annotation } from "@verbatim/contract";
import { useSyncExternalStore } from "react";
import { registerClientStore } from "../queries/client-state.ts";
import type { AnnotationChanges } from "./optimistic-annotation.ts";

/**
 * Messages about annotation changes that outlive the control that made them: a save fails after the form has
 * closed, a deletion can be undone after its item has gone. Shown by <AnnotationNotices>.
 */
export type Notice =
  | { id: string; type: "error"; message: string }
  | { id: string; type: "info"; message: string }
  /** An edit of `base` that lost to someone else's save: `current` is theirs, `changes` the edit that was refused. */
  | { id: string; type: "conflict"; slug: string; base: Annotation; current: Annotation; changes: AnnotationChanges }
  /** Suggestions accepted all at once; `undo` is the token that takes back those not changed since. */
  | { id: string; type: "accepted"; slug: string; message: string; undo: string }
  /** `deletion` settles true once the server has deleted it, false if it refused (and the item is back). */
  | { id: string; type: "deleted"; slug: string; annotation: Annotation; deletion: Promise<boolean> };

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type NewNotice = DistributiveOmit<Notice, "id">;

const MAX_ERRORS = 3;

export interface NoticeStore {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => readonly Notice[];
  add: (notice: NewNotice) => string;
  dismiss: (id: string) => void;
  clear: () => void;
}

export function createNoticeStore(): NoticeStore {
  let notices: readonly Notice[] = [];
  let counter = 0;
  const listeners = new Set<() => void>();
  const set = (next: readonly Notice[]) => {
    notices = next;
    for (const listener of listeners) listener();
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => notices,
    add(notice) {
      const id = `notice-${++counter}`;
      // One conflict per annotation: a newer one replaces the older. Old errors give way to new ones.
      let kept = notices.filter((n) => !(notice.type === "conflict" && n.type === "conflict" && n.current.id === notice.current.id));
      if (notice.type === "error") {
        const errors = kept.filter((n) => n.type === "error");
        if (errors.length >= MAX_ERRORS) kept = kept.filter((n) => n !== errors[0]);
      }
      set([...kept, { ...notice, id } as Notice]);
      return id;
    },
    dismiss(id) {
      if (notices.some((n) => n.id === id)) set(notices.filter((n) => n.id !== id));
    },
    clear: () => set([]),
  };
}

/** The page's one store; tests may create their own with createNoticeStore(). A new session starts without notices. */
export const annotationNotices = createNoticeStore();
registerClientStore(annotationNotices.clear);

export function useNotices(store: NoticeStore = annotationNotices): readonly Notice[] {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
