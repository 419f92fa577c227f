#!/usr/bin/env node
// Makes sure a Chromium exists for the Playwright specs in e2e/. Playwright's own browser download is
// unreachable where this project is built, so the specs drive Debian's `chromium` package instead.
// Exit 0: a browser is there (installed now if we could). Exit 1: one is missing and we may not install it.
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";

const browser = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} name */
function hasCommand(name) {
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  console.error(
    "Install Debian's chromium package (for example `sudo apt-get install chromium`), " +
      "or set CHROMIUM_PATH to a Chromium or Chrome executable, then run the browser tests again.",
  );
  process.exit(1);
}

/** @param {[string, ...string[]]} args */
function run(args) {
  console.error(`ensure-chromium: ${args.join(" ")}`);
  const result = spawnSync(args[0], args.slice(1), {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (result.error) fail(`could not run ${args[0]}: ${result.error.message}`);
  if (result.status !== 0) fail(`\`${args.join(" ")}\` exited with status ${result.status ?? result.signal}.`);
}

if (isExecutable(browser)) process.exit(0);

if (process.env.CHROMIUM_PATH) fail(`CHROMIUM_PATH is set to ${browser}, which is not an executable file.`);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot || !hasCommand("apt-get")) {
  fail(`no Chromium at ${browser}, and this script installs one only when run as root on a system with apt-get.`);
}

console.error(`ensure-chromium: no Chromium at ${browser}; installing Debian's chromium package.`);
run(["apt-get", "update"]);
run(["apt-get", "install", "-y", "--no-install-recommends", "chromium"]);

if (!isExecutable(browser)) fail(`apt-get installed chromium, but ${browser} is still missing.`);
console.error(`ensure-chromium: Chromium is ready at ${browser}.`);
