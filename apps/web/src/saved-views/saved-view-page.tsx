import { useQuery } from "@tanstack/react-query";
import { Link, Navigate, useParams } from "react-router";
import { isApiError } from "../api/api-error.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { savedViewQuery } from "./saved-views-query.ts";
import { viewHref } from "./view-pages.ts";

/**
 * A saved view's link, `/views/<id>`: reads the view and replaces itself with its page and params (Back then skips
 * it), so the link keeps working when the view is renamed or saved again, and stops when it is deleted.
 */
export function SavedViewPage() {
  const { id = "" } = useParams();
  const view = useQuery(savedViewQuery(id));
  if (view.data) return <Navigate replace to={viewHref(view.data)} />;
  if (!view.isError) return <LoadingState label="Opening the saved view…" />;
  return (
    <div className="page">
      <h1>Saved view</h1>
      {isApiError(view.error, "not_found") ? (
        <p>
          This view was deleted, or belongs to another workspace. <Link to="/search">Search</Link> or go to the <Link to="/">library</Link>.
        </p>
      ) : (
        <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />
      )}
    </div>
  );
}
