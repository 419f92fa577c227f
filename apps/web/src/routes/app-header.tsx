import { Link, useNavigate } from "react-router";
import type { Me } from "../queries/use-me.ts";
import { useLogout } from "../queries/use-logout.ts";
import { ROLE_LABELS } from "../team/roles.ts";
import { AppNav } from "./app-nav.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { ShortcutsHelp } from "../keyboard/index.ts";
import { HeaderSearch } from "../search/header-search.tsx";
import { usePageShortcutScopes } from "./page-shortcuts.ts";
import { WorkspaceMenu } from "./workspace-menu.tsx";

/**
 * The banner on every signed-in page: product, workspace (and the switch to another), the search box, who is signed in,
 * and a way out.
 */
export function AppHeader({ me }: { me: Me }) {
  const logout = useLogout();
  const navigate = useNavigate();
  const signOut = () => logout.mutate(undefined, { onSuccess: () => void navigate("/login", { replace: true }) });

  return (
    <header className="app-header">
      <div className="app-header-inner">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            V
          </span>
          <span className="brand-name">Verbatim</span>
        </Link>
        <WorkspaceMenu me={me} />
        <AppNav abilities={me.abilities} />
        <HeaderSearch />
        <div className="account">
          <ShortcutsHelp scopes={usePageShortcutScopes()} />
          <p className="account-user">
            <span className="visually-hidden">Signed in as </span>
            <span className="account-name">{me.user.name}</span>
            <span className="role-badge">{ROLE_LABELS[me.workspace.role]}</span>
          </p>
          <button type="button" className="button button-quiet" onClick={signOut} disabled={logout.isPending}>
            {logout.isPending ? "Signing out…" : "Sign out"}
          </button>
        </div>
      </div>
      {logout.isError && <ErrorAlert error={logout.error} />}
    </header>
  );
}
