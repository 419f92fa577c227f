import { useEffect, useEffectEvent } from "react";
import { type QueueCommand, queueCommand } from "./queue-keys.ts";

/** Runs the queue's shortcuts from anywhere on the page, except while typing or while a dialog is open. */
export function useQueueKeyboard(onCommand: (command: QueueCommand) => void): void {
  const run = useEffectEvent(onCommand);
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || document.querySelector("[aria-modal='true']")) return;
      const command = queueCommand(e);
      if (!command) return;
      e.preventDefault();
      run(command);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
