import { useId } from "react";
import { useLocation, useNavigate } from "react-router";
import { REVISION_PARAM } from "./use-shown-statement.ts";
import { revisionLabel } from "./revision-text.ts";

interface RevisionSwitcherProps {
  current: number;
  shown: number;
}

/**
 * Which revision the reader shows, kept in the URL (`?revision=N`; none for the current one) so a link or a
 * reload opens the same text. The hash stays, so `#p7` follows the reader into the other revision.
 */
export function RevisionSwitcher({ current, shown }: RevisionSwitcherProps) {
  const id = useId();
  const navigate = useNavigate();
  const location = useLocation();
  const numbers = Array.from({ length: current }, (_, i) => current - i);

  const onChange = (n: number) => {
    const search = new URLSearchParams(location.search);
    if (n === current) search.delete(REVISION_PARAM);
    else search.set(REVISION_PARAM, String(n));
    const query = search.toString();
    void navigate({ search: query ? `?${query}` : "", hash: location.hash });
  };

  return (
    <div className="revision-switcher">
      <label htmlFor={id}>Revision</label>
      <select id={id} value={shown} onChange={(e) => onChange(Number(e.target.value))}>
        {numbers.map((n) => (
          <option key={n} value={n}>
            {revisionLabel(n, current)}
          </option>
        ))}
      </select>
    </div>
  );
}
