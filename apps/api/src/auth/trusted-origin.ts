import type { Request } from "express";

/**
 * The origin of links the server hands out, such as invitations: the configured public address (VERBATIM_BASE_URL),
 * else the address and port this server was reached on, read from the socket. Never the Host or X-Forwarded-Host
 * header: the caller writes those, and a link built from them could send an invitee, token and all, to their site.
 */
export function trustedOrigin(baseUrl: string | undefined, req: Request): string {
  if (baseUrl) return baseUrl;
  const address = (req.socket.localAddress ?? "127.0.0.1").replace(/^::ffff:(?=\d+\.)/, "");
  return `http://${address.includes(":") ? `[${address}]` : address}:${req.socket.localPort ?? 80}`;
}
