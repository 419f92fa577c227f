import { useMatches } from "react-router";
import type { ShortcutScope } from "../keyboard/index.ts";

/** A route's `handle`, naming the shortcuts its page adds to the global ones. */
export interface ShortcutsHandle {
  shortcuts: ShortcutScope;
}

export const pageShortcuts = (scope: ShortcutScope): ShortcutsHandle => ({ shortcuts: scope });

const isShortcutsHandle = (handle: unknown): handle is ShortcutsHandle =>
  typeof handle === "object" && handle !== null && "shortcuts" in handle;

/** The shortcut scopes of the routes now shown, for the shortcuts sheet. */
export function usePageShortcutScopes(): ShortcutScope[] {
  return useMatches().flatMap((match) => (isShortcutsHandle(match.handle) ? [match.handle.shortcuts] : []));
}
