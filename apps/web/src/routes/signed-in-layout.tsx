import { Outlet } from "react-router";
import { AppHeader } from "./app-header.tsx";
import { useSession } from "../components/session-context.ts";

/** Header and main landmark around every signed-in page; passes the session on to the page. */
export function SignedInLayout() {
  const me = useSession();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader me={me} />
      <main id="main" className="page" tabIndex={-1}>
        <Outlet context={me} />
      </main>
    </div>
  );
}
