import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { resetClientState } from "./client-state.ts";
import { type Me, meQuery } from "./use-me.ts";
import { setupStatusQuery } from "./use-setup-status.ts";

/** The session as one value: another user, or the same user in another workspace, is another session. */
const sessionOf = (me: Me | null) => (me ? `${me.user.id} ${me.workspace.id}` : null);

/**
 * Clears the client's state when the session the signed-in pages were showing ends (it expired, or was ended
 * elsewhere) or changes hands, whichever request found out. `me` is undefined while it loads: nothing changed.
 */
export function useResetOnSessionChange(me: Me | null | undefined): void {
  const queryClient = useQueryClient();
  const session = me === undefined ? undefined : sessionOf(me);
  const shown = useRef(session);
  useEffect(() => {
    if (session === undefined) return;
    if (shown.current !== undefined && shown.current !== session) {
      resetClientState(queryClient, [setupStatusQuery().queryKey, meQuery().queryKey]);
    }
    shown.current = session;
  }, [queryClient, session]);
}
