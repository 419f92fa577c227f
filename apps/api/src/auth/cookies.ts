import type { Request, Response } from "express";

export const SESSION_COOKIE = "verbatim_session";
/** Readable by the page's script, which echoes it in the X-CSRF-Token header. */
export const CSRF_COOKIE = "verbatim_csrf";
export const SESSION_DAYS = 14;

export function setSessionCookies(req: Request, res: Response, sessionToken: string, csrfToken: string): void {
  const common = { sameSite: "lax" as const, secure: req.secure, path: "/", maxAge: SESSION_DAYS * 86_400_000 };
  res.cookie(SESSION_COOKIE, sessionToken, { ...common, httpOnly: true });
  res.cookie(CSRF_COOKIE, csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(req: Request, res: Response): void {
  const common = { sameSite: "lax" as const, secure: req.secure, path: "/" };
  res.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true });
  res.clearCookie(CSRF_COOKIE, common);
}
