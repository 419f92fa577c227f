const SHORTCUTS: [string, string][] = [
  ["J", "next"],
  ["K", "previous"],
  ["A", "accept"],
  ["R", "reject"],
  ["D", "dispute, with a comment"],
  ["Enter", "send the dispute"],
  ["Esc", "cancel"],
];

/** The queue's keys, always in view. */
export function ShortcutLegend() {
  return (
    <aside className="shortcut-legend" aria-labelledby="shortcut-legend-heading">
      <h2 id="shortcut-legend-heading">Keyboard</h2>
      <dl>
        {SHORTCUTS.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
