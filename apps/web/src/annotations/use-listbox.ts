import { type KeyboardEvent, useId, useState } from "react";

interface ListboxOptions {
  /** Make the first option active as soon as the list opens, so Enter takes the best match. */
  autoActivate?: boolean;
}

/**
 * Keyboard and ARIA state for a combobox's listbox popup (WAI-ARIA APG "combobox with list autocomplete"):
 * focus stays in the input, the active option is named by aria-activedescendant.
 */
export function useListbox(count: number, { autoActivate = false }: ListboxOptions = {}) {
  const listboxId = useId();
  const [expanded, setExpanded] = useState(false);
  const [chosen, setChosen] = useState(-1);
  const open = expanded && count > 0;
  const active = !open ? -1 : chosen >= count ? count - 1 : chosen < 0 && autoActivate ? 0 : chosen;

  const show = (isOpen: boolean) => {
    setExpanded(isOpen);
    setChosen(-1);
  };

  /** Handles the list's keys; returns true when it did, so the caller does nothing more with the key. */
  const onKeyDown = (e: KeyboardEvent<HTMLElement>, choose: (index: number) => void): boolean => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const down = e.key === "ArrowDown";
      if (!open) {
        setExpanded(true);
        setChosen(down ? 0 : count - 1);
      } else {
        setChosen(down ? (active + 1) % count : active <= 0 ? count - 1 : active - 1);
      }
      return true;
    }
    if (e.key === "Enter" && open && active >= 0) {
      e.preventDefault();
      choose(active);
      show(false);
      return true;
    }
    if (e.key === "Escape" && open) {
      // Closing the list is all Escape does here; the form must not take it as "cancel".
      e.preventDefault();
      e.stopPropagation();
      show(false);
      return true;
    }
    return false;
  };

  const optionId = (index: number) => `${listboxId}-option-${index}`;
  const inputProps = {
    role: "combobox" as const,
    "aria-autocomplete": "list" as const,
    "aria-expanded": open,
    "aria-controls": listboxId,
    "aria-activedescendant": active >= 0 ? optionId(active) : undefined,
  };
  return { open, active, show, setActive: setChosen, onKeyDown, optionId, listboxId, inputProps };
}
