/**
 * Whether `test` holds for an error or for any error it wraps, four layers deep at most: Prisma wraps pg's errors
 * (its `code`, `meta.driverAdapterError.cause` with `kind`, `code`, `originalCode`), and errors carry others as `cause`.
 */
export function anyErrorLayer(err: unknown, test: (layer: Record<string, unknown>) => boolean, depth = 0): boolean {
  if (typeof err !== "object" || err === null || depth > 4) return false;
  const layer = err as Record<string, unknown>;
  if (test(layer)) return true;
  return [layer.cause, layer.meta, layer.driverAdapterError].some((inner) => anyErrorLayer(inner, test, depth + 1));
}
