import { useEffect, useEffectEvent } from "react";
import { type PlacingCommand, placingCommand } from "./placing-keys.ts";

/** Runs the placing page's shortcuts from anywhere on it, except while typing or while a dialog is open. */
export function usePlacingKeyboard(onCommand: (command: PlacingCommand) => void): void {
  const run = useEffectEvent(onCommand);
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || document.querySelector("[aria-modal='true']")) return;
      const command = placingCommand(e);
      if (!command) return;
      e.preventDefault();
      run(command);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
