import { useOutletContext } from "react-router";
import type { Me } from "../queries/use-me.ts";

/** The signed-in user, for any page rendered inside <RequireSession>. */
export function useSession(): Me {
  return useOutletContext<Me>();
}
