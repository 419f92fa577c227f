import { CreateStatementRequest } from "@verbatim/contract";
import { describe, expect, it } from "vitest";
import { buildCreateRequest, checkCreateRequest, checkUploadFields } from "./build-create-request.ts";
import { FIELD_MESSAGES, TEXT_MESSAGES } from "./field-messages.ts";
import { EMPTY_METADATA } from "./metadata-fields.ts";

const source = { format: "text" as const, content: "Mr. President,\n\nWe support the Convention." };

describe("buildCreateRequest", () => {
  it("trims the metadata and leaves empty fields out", () => {
    const values = { ...EMPTY_METADATA, title: "  Remarks  ", delegation: "China ", date: "2023-12-07", forum: "   " };
    const body = buildCreateRequest(values, source);
    expect(body).toEqual({ title: "Remarks", delegation: "China", date: "2023-12-07", ...source });
    expect(CreateStatementRequest.safeParse(body).success).toBe(true);
  });
});

describe("checkCreateRequest", () => {
  it("passes a valid body through", () => {
    const body = buildCreateRequest({ ...EMPTY_METADATA, title: "Remarks", language: "en" }, source);
    expect(checkCreateRequest(body)).toEqual({ ok: true, body });
  });

  it("reports each invalid field in the page's words", () => {
    const values = { ...EMPTY_METADATA, title: " ", sourceUrl: "ftp://example.org", language: "English" };
    expect(checkCreateRequest(buildCreateRequest(values, source))).toEqual({
      ok: false,
      fields: { title: FIELD_MESSAGES.title, sourceUrl: FIELD_MESSAGES.sourceUrl, language: FIELD_MESSAGES.language },
      text: null,
    });
  });

  it("reports an empty text beside the text", () => {
    const result = checkCreateRequest(buildCreateRequest({ ...EMPTY_METADATA, title: "T" }, { format: "text", content: "" }));
    expect(result).toEqual({ ok: false, fields: {}, text: TEXT_MESSAGES.empty });
  });
});

describe("with the preview's edits and for a file", () => {
  it("sends the edits in the JSON body", () => {
    const edits = [{ op: "mark" as const, block: 0, as: "title" as const }];
    const body = buildCreateRequest({ ...EMPTY_METADATA, title: "Remarks" }, source, edits);
    expect(CreateStatementRequest.parse(body).edits).toEqual(edits);
  });

  it("checks a file's form fields and leaves empty ones out", () => {
    expect(checkUploadFields({ ...EMPTY_METADATA, title: " Remarks ", delegation: "China" })).toEqual({
      ok: true,
      fields: { title: "Remarks", delegation: "China" },
    });
    expect(checkUploadFields({ ...EMPTY_METADATA, title: "", date: "7 Dec" })).toEqual({
      ok: false,
      fields: { title: FIELD_MESSAGES.title, date: FIELD_MESSAGES.date },
      text: null,
    });
  });
});
