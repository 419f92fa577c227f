/** A polite, screen-reader-announced placeholder while data loads. */
export function LoadingState({ label = "Loading…" }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}
