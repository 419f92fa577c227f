import { readFile } from "node:fs/promises";

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Which program a PID runs and when it started: a PID alone names no process for long, since PIDs are reused. */
export interface ProcessIdentity {
  /** The executable's name as the kernel keeps it (`comm`: at most 15 characters, unchanged by a process title). */
  command: string;
  /** Start time, in seconds since the epoch. */
  startedAt: number;
  /** Exited, and only waiting for its parent to collect its status: it will do nothing more. */
  zombie: boolean;
}

/** Linux's USER_HZ, the unit of /proc start times: 100 on every architecture Linux supports. */
const CLOCK_TICKS_PER_SECOND = 100;

/** The identity of a live process, from /proc; null when there is no such process or /proc cannot tell (not Linux). */
export async function processIdentity(pid: number): Promise<ProcessIdentity | null> {
  try {
    const [stat, system] = await Promise.all([readFile(`/proc/${pid}/stat`, "utf8"), readFile("/proc/stat", "utf8")]);
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so fields are counted after the last ")".
    const close = stat.lastIndexOf(")");
    const command = stat.slice(stat.indexOf("(") + 1, close);
    const fields = stat.slice(close + 2).split(" "); // from field 3, state
    const startTicks = Number(fields[19]); // field 22, starttime: ticks after boot
    const bootTime = Number(/^btime (\d+)$/m.exec(system)?.[1]);
    if (!Number.isFinite(startTicks) || !Number.isFinite(bootTime)) return null;
    return { command, startedAt: bootTime + startTicks / CLOCK_TICKS_PER_SECOND, zombie: fields[0] === "Z" };
  } catch {
    return null;
  }
}
