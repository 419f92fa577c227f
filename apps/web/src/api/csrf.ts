/** The readable half of the session: the API checks it against the X-CSRF-Token header on every write. */
export const CSRF_COOKIE = "verbatim_csrf";

export function readCsrfToken(cookies: string = document.cookie): string | null {
  for (const pair of cookies.split(";")) {
    const [name, ...value] = pair.trim().split("=");
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join("="));
  }
  return null;
}
