import { type Endpoint, ERROR_STATUS, ErrorBody, GENERAL_ERRORS } from "@verbatim/contract";
import { z } from "zod";
import { droppedKeys } from "./dropped-keys.ts";
import { endpointForPath } from "./endpoint-for-path.ts";

interface Answer {
  status: number;
  text: string;
}

/**
 * How a response breaks the contract, or null when it keeps it. A success must be the endpoint's status with a body
 * its response schema parses, no field left over (or 202 with its `accepted` body, for an endpoint that has one); an
 * error, the error body with a code the endpoint lists (or one any endpoint may answer) and that code's status. Files
 * and streams (`produces`) are not parsed, and a path the contract has no endpoint for (a deliberately unknown route)
 * is not checked.
 */
export function contractBreach(method: string, path: string, answer: Answer): string | null {
  const match = endpointForPath(method, path);
  if (!match) return null;
  const { endpoint } = match;
  const problems = answer.status >= 400 ? errorProblems(endpoint, answer) : successProblems(endpoint, answer);
  if (problems.length === 0) return null;
  return [
    `${match.name} (${method} ${path.slice(0, 200)}) answered ${answer.status}, which breaks the contract:`,
    ...problems.map((p) => p.replace(/^/gm, "  ")),
    `body: ${answer.text.slice(0, 500)}`,
  ].join("\n");
}

function successProblems(endpoint: Endpoint, answer: Answer): string[] {
  // An endpoint that may hand its work to a job answers 202 with its `accepted` body instead.
  if (endpoint.accepted && answer.status === 202) return schemaProblems(endpoint.accepted, answer.text).problems;
  if (answer.status !== endpoint.status) {
    return [`the endpoint answers ${endpoint.status}${endpoint.accepted ? " or 202" : ""} on success`];
  }
  if (endpoint.produces) return [];
  if (!endpoint.response) return answer.text === "" ? [] : ["a body, where the contract has none"];
  return schemaProblems(endpoint.response, answer.text).problems;
}

function errorProblems(endpoint: Endpoint, answer: Answer): string[] {
  const { problems, data } = schemaProblems(ErrorBody, answer.text);
  const code = ErrorBody.safeParse(data).data?.error.code;
  if (code === undefined) return problems;
  const listed = [...endpoint.errors, ...GENERAL_ERRORS].includes(code);
  return [
    ...problems,
    ...(listed ? [] : [`error code ${code} is not one of the endpoint's: ${endpoint.errors.join(", ") || "none"}`]),
    ...(ERROR_STATUS[code] === answer.status ? [] : [`error code ${code} answers ${ERROR_STATUS[code]}`]),
  ];
}

function schemaProblems(schema: z.ZodType, text: string): { problems: string[]; data?: unknown } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problems: ["a body that is not JSON"] };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) return { problems: [z.prettifyError(parsed.error)], data };
  return { problems: droppedKeys(data, parsed.data).map((key) => `✖ ${key}: a field the schema does not have`), data };
}
