/** Code-unit order, not localeCompare, so ties break the same way in every runtime and locale. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
