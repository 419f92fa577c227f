import type { Annotation } from "@verbatim/contract";
import { AnnotationDiscussion } from "../discussion/annotation-discussion.tsx";
import { AnnotationReview } from "../review/annotation-review.tsx";

/**
 * Under each annotation in the reader's panel: its review and its discussion. Put together here, above the
 * features, because review/ and discussion/ build on annotations/, which must not import them back.
 */
export function AnnotationFooter({ annotation, slug }: { annotation: Annotation; slug: string }) {
  return (
    <>
      <AnnotationReview annotation={annotation} slug={slug} />
      <AnnotationDiscussion annotation={annotation} slug={slug} />
    </>
  );
}
