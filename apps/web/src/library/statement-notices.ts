import { useSyncExternalStore } from "react";
import { registerClientStore } from "../queries/client-state.ts";

/**
 * What the library says about a statement that has just left it: deleted (with Undo), restored, or an Undo that
 * failed. One at a time: a newer one replaces the older. It outlives the page the deletion was made on (the
 * reader), which hands over to the library.
 */
export type StatementNotice =
  { type: "deleted"; slug: string; title: string } | { type: "restored"; slug: string; title: string } | { type: "error"; message: string };

let current: (StatementNotice & { id: number }) | null = null;
let counter = 0;
const listeners = new Set<() => void>();
const set = (next: typeof current) => {
  current = next;
  for (const listener of listeners) listener();
};

export const statementNotices = {
  show: (notice: StatementNotice) => set({ ...notice, id: ++counter }),
  /** Dismisses the notice with this ID, if it is still the one shown. */
  dismiss: (id: number) => {
    if (current?.id === id) set(null);
  },
  clear: () => set(null),
};
registerClientStore(statementNotices.clear);

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => current;

export function useStatementNotice() {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
