import { Link, useRouteError } from "react-router";

/** Shown instead of a blank page when a page throws while rendering; the error goes to the console. */
export function RouteErrorPage() {
  const error = useRouteError();
  console.error(error);
  return (
    <section className="not-found" role="alert">
      <h1>Something went wrong on this page</h1>
      <p>Your annotations are saved on the server; reloading the page usually puts things right.</p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>{" "}
        <Link to="/">Back to the statements</Link>
      </p>
    </section>
  );
}
