import { endpoints } from "@verbatim/contract";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router";
import { apiFetch } from "../api/api-fetch.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { queryKeys } from "../queries/query-keys.ts";

/** The statements the registry names otherwise: under the registry's key, so an added alias refreshes it too. */
const toNormaliseQuery = () =>
  queryOptions({
    queryKey: queryKeys.statementsToNormalise,
    queryFn: ({ signal }) => apiFetch(endpoints.statementsToNormalise, { signal }),
    staleTime: 30_000,
  });

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/**
 * For admins (as the registry's `can.add` says): the statements stored before their speakers' names were in the
 * registry, what would change, and one button that stores the registry's names on them (each a metadata edit, in its
 * history). Nothing when every statement already follows the registry.
 */
export function NormaliseStatements() {
  const queryClient = useQueryClient();
  const listed = useQuery(toNormaliseQuery());
  const normalise = useMutation({
    mutationFn: () => apiFetch(endpoints.normaliseStatements, {}),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.statementsToNormalise });
      void queryClient.invalidateQueries({ queryKey: queryKeys.allStatements });
    },
  });
  const items = listed.data?.items ?? [];
  if (normalise.data && items.length === 0) {
    return (
      <p className="registry-normalise" role="status">
        {plural(normalise.data.changed, "statement now names", "statements now name")} its speakers as the registry does
        {normalise.data.skipped > 0 ? `; ${plural(normalise.data.skipped, "was", "were")} edited meanwhile and left as it was` : ""}.
      </p>
    );
  }
  if (items.length === 0) return null;
  return (
    <section className="registry-normalise" aria-labelledby="registry-normalise-heading">
      <h2 id="registry-normalise-heading">
        {plural(items.length, "statement names", "statements name")} its speakers otherwise than the registry
      </h2>
      <details>
        <summary>Show what would change</summary>
        <ul>
          {items.map((s) => (
            <li key={s.id}>
              <Link to={`/s/${encodeURIComponent(s.slug)}`}>{s.title}</Link>:{" "}
              {[s.delegation, s.onBehalfOf].flatMap((c) => (c ? [`‘${c.from}’ → ${c.to}`] : [])).join("; ")}
            </li>
          ))}
        </ul>
      </details>
      {normalise.isError && <ErrorAlert error={normalise.error} />}
      <button type="button" className="button button-secondary" disabled={normalise.isPending} onClick={() => normalise.mutate()}>
        {normalise.isPending ? "Updating…" : `Use the registry’s names on ${plural(items.length, "statement", "statements")}`}
      </button>
    </section>
  );
}
