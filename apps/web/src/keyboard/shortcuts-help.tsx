import { useState } from "react";
import { ariaKeys, withKeys } from "./shortcut-keys.ts";
import { ShortcutSheet } from "./shortcut-sheet.tsx";
import { GLOBAL_SHORTCUTS, type ShortcutScope } from "./shortcuts.ts";
import { useHelpKey } from "./use-help-key.ts";

/** The header's "?" button and the ? key, both opening the shortcuts sheet of the page's scopes. */
export function ShortcutsHelp({ scopes }: { scopes: readonly ShortcutScope[] }) {
  const [open, setOpen] = useState(false);
  useHelpKey(() => setOpen(true));
  return (
    <>
      <button
        type="button"
        className="shortcuts-button"
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts={ariaKeys(GLOBAL_SHORTCUTS.help)}
        aria-haspopup="dialog"
        title={withKeys("Keyboard shortcuts", GLOBAL_SHORTCUTS.help)}
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">?</span>
      </button>
      {open && <ShortcutSheet scopes={scopes} onClose={() => setOpen(false)} />}
    </>
  );
}
