import path from "node:path";

export interface Config {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  baseUrl: string | undefined;
  logLevel: string;
  trustProxy: string;
  webDist: string;
}

export function loadConfig(env: NodeJS.ProcessEnv, repoRoot: string): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${env.PORT}`);
  return {
    host: env.HOST ?? "127.0.0.1",
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.VERBATIM_DATA_DIR ?? ".verbatim"),
    baseUrl: env.VERBATIM_BASE_URL?.replace(/\/$/, "") || undefined,
    logLevel: env.LOG_LEVEL ?? "info",
    trustProxy: env.TRUST_PROXY ?? "loopback",
    webDist: path.join(repoRoot, "apps", "web", "dist"),
  };
}

export const DEFAULT_RATE_LIMITS = {
  /** Sign-in attempts per (account, client address) until one succeeds; see auth/password-throttle.ts. */
  login: { max: 10, windowSeconds: 15 * 60 },
  /** Sign-in attempts per client address, whatever the account. */
  loginPerIp: { max: 100, windowSeconds: 15 * 60 },
  setup: { max: 10, windowSeconds: 15 * 60 },
};
