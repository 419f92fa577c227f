import { Prisma } from "../../generated/prisma/client.ts";

/**
 * The write gave an annotation a code that a governing change (a merge, a deletion) removed after the code was
 * found: the foreign key of annotation_codes refused it. The caller finds its codes again and writes once more.
 */
export function isCodeGone(e: unknown): boolean {
  if (!(e instanceof Prisma.PrismaClientKnownRequestError)) return false;
  // Raw queries report the violation as P2010 with the driver's error in meta; Prisma's own writes as P2003.
  return (e.code === "P2003" || e.code === "P2010") && JSON.stringify(e.meta ?? {}).includes("annotation_codes_code_id_fkey");
}

/** Runs `write`; if a code it used was removed meanwhile, runs it once more (it finds its codes again). */
export async function retryIfCodeGone<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (!isCodeGone(e)) throw e;
    return write();
  }
}
