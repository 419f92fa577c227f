import { z } from "zod";
import type { Endpoint } from "./endpoint.ts";
import { endpoints } from "./endpoints.ts";
import { ERROR_STATUS, ErrorBody } from "./errors.ts";
import type { OpenApiDocument } from "./openapi-document.ts";

type JsonSchema = Record<string, unknown>;
const schemaOf = (s: z.ZodType, io: "input" | "output"): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  return rest;
};

const propertiesOf = (s: z.ZodType | undefined): Record<string, JsonSchema> =>
  s ? ((schemaOf(s, "input").properties ?? {}) as Record<string, JsonSchema>) : {};

function parametersOf(e: Endpoint): JsonSchema[] {
  const pathSchemas = propertiesOf(e.params);
  const path = [...e.path.matchAll(/:(\w+)/g)].map(([, name = ""]) => {
    const { description, ...schema } = pathSchemas[name] ?? { type: "string" };
    return { name, in: "path", required: true, ...(description === undefined ? {} : { description }), schema };
  });
  const query = Object.entries(propertiesOf(e.query)).map(([name, schema]) => ({ name, in: "query", required: false, schema }));
  const headers = Object.entries(e.requestHeaders ?? {}).map(([name, description]) => ({
    name,
    in: "header",
    required: false,
    description,
    schema: { type: "string" },
  }));
  return [...path, ...query, ...headers];
}

function okResponse(e: Endpoint): JsonSchema {
  const ok: JsonSchema = e.response
    ? { description: "OK", content: { "application/json": { schema: schemaOf(e.response, "output") } } }
    : { description: e.produces ? `A ${e.produces} document` : "No content" };
  if (e.alsoProduces) {
    const binary = { schema: { type: "string", format: "binary" } };
    ok.content = { ...(ok.content as JsonSchema), ...Object.fromEntries(e.alsoProduces.map((type) => [type, binary])) };
  }
  if (e.responseHeaders) {
    ok.headers = Object.fromEntries(
      Object.entries(e.responseHeaders).map(([header, description]) => [header, { description, schema: { type: "string" } }]),
    );
  }
  return ok;
}

/** The second success of an endpoint that may hand its work to a job. */
function acceptedResponse(e: Endpoint): Record<string, JsonSchema> {
  if (!e.accepted) return {};
  const description = "Accepted: the work goes on as a job; follow it with GET /api/jobs/:id";
  return { "202": { description, content: { "application/json": { schema: schemaOf(e.accepted, "output") } } } };
}

/** JSON, and for an endpoint that takes a file, multipart/form-data with the file beside the upload's fields. */
function requestBodyOf(e: Endpoint): JsonSchema {
  const content: JsonSchema = {};
  if (e.body) content["application/json"] = { schema: schemaOf(e.body, "input") };
  if (e.upload) {
    const fields = schemaOf(e.upload, "input");
    const properties = { file: { type: "string", format: "binary" }, ...((fields.properties as JsonSchema | undefined) ?? {}) };
    const required = ["file", ...((fields.required as string[] | undefined) ?? [])];
    content["multipart/form-data"] = { schema: { ...fields, properties, required } };
  }
  return Object.keys(content).length === 0 ? {} : { requestBody: { required: true, content } };
}

function operationOf(name: string, e: Endpoint): JsonSchema {
  const ok = okResponse(e);
  const errors = Object.fromEntries(
    [...new Set(e.errors.map((c) => ERROR_STATUS[c]))].map((status) => [
      String(status),
      {
        description: e.errors.filter((c) => ERROR_STATUS[c] === status).join(", "),
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
    ]),
  );
  return {
    operationId: name,
    summary: e.summary,
    security: e.access === "public" ? [] : [{ session: [] }, { bearer: [] }],
    "x-required-role": e.access,
    parameters: parametersOf(e),
    ...requestBodyOf(e),
    responses: { [String(e.status)]: ok, ...acceptedResponse(e), ...errors },
  };
}

export function buildOpenApiDocument(serverUrl = "/"): z.input<typeof OpenApiDocument> {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [name, e] of Object.entries(endpoints) as [string, Endpoint][]) {
    const key = e.path.replace(/:(\w+)/g, "{$1}");
    paths[key] = { ...paths[key], [e.method]: operationOf(name, e) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Verbatim API",
      version: "1.0.0",
      description: "Annotate diplomatic statements. Errors are { error: { code, message, details } }.",
    },
    servers: [{ url: serverUrl }],
    components: {
      schemas: { Error: schemaOf(ErrorBody, "output") },
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "verbatim_session", description: "Writes also need the X-CSRF-Token header" },
        bearer: { type: "http", scheme: "bearer" },
      },
    },
    paths,
  };
}
