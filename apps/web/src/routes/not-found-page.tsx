import { Link } from "react-router";

export function NotFoundPage() {
  return (
    <section className="not-found">
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <p>
        <Link to="/">Back to the statements</Link>
      </p>
    </section>
  );
}
