import { Link } from "react-router";
import type { RevisionInfo } from "../queries/use-revisions.ts";
import { changesSentence } from "../lib/revision-wording.ts";
import { anchorStatesSentence, revisedLead, type AnchorStates } from "./revision-text.ts";

interface RevisedBannerProps {
  slug: string;
  /** The current revision (a second or later one). */
  revision: RevisionInfo;
  /** The statement's tags by where they are now; null while they load. */
  states: AnchorStates | null;
}

/** On a revised statement: who revised it, what changed, where its tags are, and the links to the diff and to placing. */
export function RevisedBanner({ slug, revision, states }: RevisedBannerProps) {
  const changes = revision.changeCounts ? ` — ${changesSentence(revision.changeCounts)}.` : ".";
  const toPlace = states ? states.fuzzy + states.orphaned : 0;
  return (
    <section className="revision-banner" aria-label="Revised statement">
      <p>
        {revisedLead(revision)}
        {changes} {states && anchorStatesSentence(states)}
      </p>
      <p className="revision-banner-links">
        <Link to={`/s/${encodeURIComponent(slug)}/revisions/${revision.number}/diff`}>Compare with revision {revision.number - 1}</Link>
        {toPlace > 0 && <Link to={`/placing?statement=${encodeURIComponent(slug)}`}>Needs placing ({toPlace})</Link>}
      </p>
    </section>
  );
}
