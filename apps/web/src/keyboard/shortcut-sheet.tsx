import { useId } from "react";
import { Modal } from "../components/modal.tsx";
import { keyLabels } from "./shortcut-keys.ts";
import { shortcutGroups, type ShortcutScope } from "./shortcuts.ts";

interface ShortcutSheetProps {
  /** The page's scopes; the global shortcuts are always listed. */
  scopes: readonly ShortcutScope[];
  onClose: () => void;
}

/** The keyboard shortcuts of the page and the global ones, grouped, in a modal dialog that Escape closes. */
export function ShortcutSheet({ scopes, onClose }: ShortcutSheetProps) {
  const titleId = useId();
  return (
    <Modal labelledBy={titleId} onClose={onClose} className="shortcut-sheet">
      <div className="modal-header">
        <h2 id={titleId}>Keyboard shortcuts</h2>
        <button type="button" className="modal-close" aria-label="Close" onClick={onClose} data-autofocus>
          ×
        </button>
      </div>
      <div className="modal-body shortcut-sheet-body">
        {shortcutGroups(scopes).map((group) => (
          <section key={group.title} className="shortcut-group" aria-label={group.title}>
            <h3>{group.title}</h3>
            <dl>
              {group.shortcuts.map((shortcut) => (
                <div key={shortcut.description}>
                  <dt>
                    {keyLabels(shortcut).map((label, i) => (
                      <span key={label}>
                        {i > 0 && " or "}
                        <kbd>{label}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{shortcut.description}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="shortcut-sheet-note">
        On a Mac, ⌘ works wherever Ctrl is shown. Letter keys work while the text or the page has focus, not in a field.
      </p>
    </Modal>
  );
}
