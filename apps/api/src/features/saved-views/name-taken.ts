import { AppError } from "../../http/app-error.ts";
import { Prisma } from "../../generated/prisma/client.ts";

/**
 * Runs a write that may give a live view a name its kind has already in the workspace (case aside), and answers 409
 * conflict when it does. The partial unique index (saved_views_live_name_key) decides, so two saves at once cannot
 * both win; the table has no other unique key a write could clash on (IDs are generated).
 */
export async function refusingTakenName<T>(view: { kind: string; name: string }, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new AppError("conflict", `There is already a ${view.kind} view named “${view.name}”: choose another name.`, {
        kind: view.kind,
        name: view.name,
      });
    }
    throw e;
  }
}
