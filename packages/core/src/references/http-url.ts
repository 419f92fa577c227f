/** Whether `s` is an absolute http(s) URL with a host and no white space. */
export function isHttpUrl(s: string): boolean {
  if (/\s/.test(s) || !/^https?:\/\//i.test(s)) return false;
  try {
    const url = new URL(s);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}
