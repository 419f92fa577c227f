import type { Reader } from "./use-statement-events.ts";

/** Who else has the statement open, announced politely to screen readers as people come and go. */
export function AlsoReading({ readers, selfId }: { readers: Reader[]; selfId: string }) {
  const others = readers.filter((r) => r.id !== selfId);
  return (
    <p className="also-reading" role="status" aria-live="polite" aria-label="Who else is reading">
      {others.length > 0 && (
        <>
          <span className="also-reading-label">Also reading:</span> {others.map((r) => r.name).join(", ")}
        </>
      )}
    </p>
  );
}
