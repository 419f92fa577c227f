import { keyLabels, PLACING_SHORTCUTS } from "../keyboard/index.ts";

const SHOWN = Object.values(PLACING_SHORTCUTS);

/** The page's keys, always in view: the same entries the handlers match and the shortcuts sheet (?) lists. */
export function PlacingLegend() {
  return (
    <aside className="shortcut-legend placing-legend" aria-labelledby="placing-legend-heading">
      <h2 id="placing-legend-heading">Keyboard</h2>
      <dl>
        {SHOWN.map((shortcut) => (
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
