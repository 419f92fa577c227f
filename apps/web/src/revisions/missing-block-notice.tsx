import { Link, useLocation } from "react-router";
import { REVISION_PARAM } from "./use-shown-statement.ts";
import { missingBlockSentence } from "./revision-text.ts";
import { useBlockRevision } from "./use-block-revision.ts";

/** A canonical block ID as deep links carry it (`p7`, `h2`); other hashes are none of the reader's business. */
const BLOCK_ID = /^[ph]\d+$/;

interface MissingBlockNoticeProps {
  slug: string;
  blocks: readonly { id: string }[];
  shown: number;
  current: number;
}

/**
 * `slug#p7` where the shown revision has no p7 (deleted, merged, or not yet written): says so and links to the
 * newest revision that has it, so old citations and links keep leading to their words.
 */
export function MissingBlockNotice({ slug, blocks, shown, current }: MissingBlockNoticeProps) {
  const { hash } = useLocation();
  const id = decodeURIComponent(hash.replace(/^#/, ""));
  const missing = BLOCK_ID.test(id) && !blocks.some((block) => block.id === id) ? id : null;
  const found = useBlockRevision(slug, missing, current);
  if (!missing || !found.data) return null;
  const { lastWith, mergedInto } = found.data;
  const link =
    lastWith === null ? null : `/s/${encodeURIComponent(slug)}${lastWith === current ? "" : `?${REVISION_PARAM}=${lastWith}`}#${missing}`;
  return (
    <p className="revision-notice" role="status">
      {missingBlockSentence(missing, shown, lastWith, mergedInto)} {link && <Link to={link}>Read it in revision {lastWith}</Link>}
    </p>
  );
}
