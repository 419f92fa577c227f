const STEPS = ["Files or text", "Details and preview", "Import"] as const;

/** Where the analyst is in the three steps: the current one is marked for screen readers with aria-current. */
export function ImportSteps({ current }: { current: 0 | 1 | 2 }) {
  return (
    <ol className="import-steps" aria-label="Steps">
      {STEPS.map((name, i) => (
        <li key={name} aria-current={i === current ? "step" : undefined} data-done={i < current || undefined}>
          <span className="import-step-number" aria-hidden="true">
            {i + 1}
          </span>
          {name}
        </li>
      ))}
    </ol>
  );
}
