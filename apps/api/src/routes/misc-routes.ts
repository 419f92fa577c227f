import { buildOpenApiDocument, endpoints } from "@verbatim/contract";
import { Router } from "express";
import { AppError } from "../http/app-error.ts";
import type { AppDeps } from "../http/context.ts";
import { mount } from "../http/route.ts";
import { Prisma } from "../generated/prisma/client.ts";

const presentInstrument = (i: {
  key: string;
  name: string;
  shortNames: string[];
  symbol: string | null;
  adoptedBy: string | null;
  inForce: string | null;
}) => ({
  key: i.key,
  name: i.name,
  shortNames: i.shortNames,
  symbol: i.symbol,
  adoptedBy: i.adoptedBy,
  inForce: i.inForce,
});

export function miscRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;
  const openapi = buildOpenApiDocument();

  mount(r, deps, endpoints.health, async () => {
    await db.$queryRaw`SELECT 1`;
    return { status: "ok" as const, database: deps.databaseKind };
  });
  mount(r, deps, endpoints.openapi, async () => openapi);

  mount(r, deps, endpoints.listInstruments, async ({ actor }) => ({
    items: (await db.instrument.findMany({ where: { workspaceId: actor!.workspaceId }, orderBy: { key: "asc" } })).map(presentInstrument),
  }));
  mount(r, deps, endpoints.getInstrument, async ({ actor, params }) => {
    const row = await db.instrument.findUnique({ where: { workspaceId_key: { workspaceId: actor!.workspaceId, key: params.key ?? "" } } });
    if (!row) throw new AppError("not_found", "instrument not found");
    return presentInstrument(row);
  });
  mount(r, deps, endpoints.createInstrument, async ({ actor, body }) => {
    try {
      const row = await db.instrument.create({
        data: {
          workspaceId: actor!.workspaceId,
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
