import { useState } from "react";
import { useSearchParams } from "react-router";

/**
 * Filters kept in the URL, for checkboxes and selects. React Router applies a URL change in a transition, so a
 * controlled input reading only the URL would spring back until that render commits (and a fast second click
 * would be lost); the value chosen is held here until the URL has it.
 */
export function useUrlParams<T>(
  read: (params: URLSearchParams) => T,
  write: (params: URLSearchParams, next: Partial<T>) => URLSearchParams,
  options: { replace?: boolean } = {},
): [T, (next: Partial<T>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  // The choice waiting for the URL, and the URL it was made on: once the URL moves on, it is the URL that counts.
  const [pending, setPending] = useState<{ from: string; value: T } | null>(null);
  const search = searchParams.toString();
  const value = pending && pending.from === search ? pending.value : read(searchParams);
  const update = (next: Partial<T>) => {
    setPending({ from: search, value: { ...value, ...next } });
    setSearchParams((p) => write(p, next), { replace: options.replace ?? false });
  };
  return [value, update];
}
