import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { IMPORT_SHORTCUTS } from "../../keyboard/shortcuts.ts";
import { ariaKeys, keyLabels } from "../../keyboard/shortcut-keys.ts";

export interface LineMenuItem {
  label: string;
  shortcut: keyof typeof IMPORT_SHORTCUTS;
  onSelect: () => void;
  disabled?: boolean;
}

/**
 * A line's actions as a menu button (WAI-ARIA menu button pattern): arrows move through the items, Escape closes the
 * menu without closing the dialog, and focus goes back to the button. Each item shows the key that does the same.
 */
export function LineMenu({ label, items, disabled }: { label: string; items: readonly LineMenuItem[]; disabled: boolean }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>("[role='menuitem']:not([aria-disabled='true'])")?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  function onMenuKey(event: KeyboardEvent<HTMLUListElement>) {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>("[role='menuitem']") ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => entries[(to + entries.length) % entries.length]?.focus();
    if (event.key === "ArrowDown") move(at + 1);
    else if (event.key === "ArrowUp") move(at - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(entries.length - 1);
    else if (event.key === "Escape" || event.key === "Tab") close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div
      className="line-menu"
      // A click or Tab elsewhere closes the menu, leaving the focus where it went.
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="line-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-label={label}
        title={label}
        disabled={disabled}
        onClick={() => setOpen((was) => !was)}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <ul ref={menu} id={`${id}-menu`} role="menu" aria-label={label} className="line-menu-list" onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-disabled={item.disabled || undefined}
                aria-keyshortcuts={ariaKeys(IMPORT_SHORTCUTS[item.shortcut])}
                onClick={() => {
                  if (item.disabled) return;
                  close();
                  item.onSelect();
                }}
              >
                <span>{item.label}</span>
                <kbd aria-hidden="true">{keyLabels(IMPORT_SHORTCUTS[item.shortcut])[0]}</kbd>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
