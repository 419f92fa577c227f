import { useSession } from "../components/session-context.ts";
import { ReviewQueueView } from "../review/review-queue-view.tsx";

/** `/review`: the queue of annotations awaiting review, for those the API lets review (reviewers and admins). */
export function ReviewQueuePage() {
  const me = useSession();
  if (!me.abilities.review) {
    return (
      <section className="review-queue" aria-labelledby="review-queue-heading">
        <h1 id="review-queue-heading">Review queue</h1>
        <p>The review queue is for reviewers and admins. Ask an admin if you should review your colleagues’ annotations.</p>
      </section>
    );
  }
  return <ReviewQueueView />;
}
