import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import { AppError } from "../../http/app-error.ts";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { presentInstrument } from "./instrument.ts";

/** The registry of instruments that cross-references cite; admins add to it. */
export function instrumentRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;

  mount(r, deps, endpoints.listInstruments, async ({ actor }) => ({
    items: (await db.instrument.findMany({ where: { workspaceId: actor.workspaceId }, orderBy: { key: "asc" } })).map(presentInstrument),
  }));
  mount(r, deps, endpoints.getInstrument, async ({ actor, params }) => {
    const row = await db.instrument.findUnique({ where: { workspaceId_key: { workspaceId: actor.workspaceId, key: params.key } } });
    if (!row) throw new AppError("not_found", "instrument not found");
    return presentInstrument(row);
  });
  mount(r, deps, endpoints.createInstrument, async ({ actor, body }) => {
    try {
      const row = await db.instrument.create({
        data: {
          workspaceId: actor.workspaceId,
          key: body.key,
          name: body.name,
          shortNames: body.shortNames,
          symbol: body.symbol ?? null,
          adoptedBy: body.adoptedBy ?? null,
          inForce: body.inForce ?? null,
        },
      });
      return presentInstrument(row);
    } catch (e) {
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")
        throw new AppError("conflict", `the registry already has ${body.key}`);
      throw e;
    }
  });

  return r;
}
