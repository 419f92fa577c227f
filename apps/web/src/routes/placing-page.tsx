import { PlacingView } from "../placing/placing-view.tsx";

/** `/placing` (optionally `?statement=<slug>`): the annotations revisions left for a person to confirm, place or drop. */
export function PlacingPage() {
  return <PlacingView />;
}
