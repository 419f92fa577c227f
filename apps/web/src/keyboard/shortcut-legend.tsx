import { useId } from "react";
import { keyLabels } from "./shortcut-keys.ts";
import type { Shortcut } from "./shortcuts.ts";

/**
 * A page's keys, always in view (the review queue's, Needs placing's): the same entries its handlers match and the
 * shortcuts sheet (?) lists.
 */
export function ShortcutLegend({ shortcuts, className }: { shortcuts: readonly Shortcut[]; className?: string }) {
  const headingId = useId();
  return (
    <aside className={className ? `shortcut-legend ${className}` : "shortcut-legend"} aria-labelledby={headingId}>
      <h2 id={headingId}>Keyboard</h2>
      <dl>
        {shortcuts.map((shortcut) => (
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
