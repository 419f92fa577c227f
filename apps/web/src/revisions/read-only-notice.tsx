import { Link, useLocation } from "react-router";
import { REVISION_PARAM } from "./use-shown-statement.ts";

interface ReadOnlyNoticeProps {
  shown: number;
  current: number;
  /** How many tags were on this revision's text, shown here as they stood. */
  tagsHere: number | null;
}

/** Over an older revision: it is read-only, which tags it shows, and the way back to the current text (hash kept). */
export function ReadOnlyNotice({ shown, current, tagsHere }: ReadOnlyNoticeProps) {
  const location = useLocation();
  const search = new URLSearchParams(location.search);
  search.delete(REVISION_PARAM);
  const query = search.toString();
  const currentLink = `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
  return (
    <div className="revision-notice" role="status">
      <p>
        You are reading revision {shown} of {current} — tags cannot be added here. <Link to={currentLink}>Go to the current revision</Link>
      </p>
      {tagsHere !== null && (
        <p className="revision-notice-detail">
          {tagsHere === 0 ? "No tags were" : tagsHere === 1 ? "1 tag was" : `${tagsHere} tags were`} on this revision’s text, shown here
          where they stood then.
        </p>
      )}
    </div>
  );
}
