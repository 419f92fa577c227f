import { keyLabels, REVIEW_SHORTCUTS } from "../keyboard/index.ts";

const QUEUE_SHORTCUTS = Object.values(REVIEW_SHORTCUTS);

/** The queue's keys, always in view: the same entries the handlers match and the shortcuts sheet lists. */
export function ShortcutLegend() {
  return (
    <aside className="shortcut-legend" aria-labelledby="shortcut-legend-heading">
      <h2 id="shortcut-legend-heading">Keyboard</h2>
      <dl>
        {QUEUE_SHORTCUTS.map((shortcut) => (
          <div key={shortcut.description}>
            <dt>
              <kbd>{keyLabels(shortcut).join(" ")}</kbd>
            </dt>
            <dd>{shortcut.description}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
