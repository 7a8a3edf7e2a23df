import { describe, expect, test } from "vitest";
import { checkSchema } from "@/lib/api/json-schema-check";
import { openApiDocument } from "@/lib/api/openapi";
import { OPERATIONS } from "@/lib/api/operations";

const doc = openApiDocument();
const schema = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refs(n, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe("the OpenAPI document", () => {
  test("is OpenAPI 3.1 with every operation of the table", () => {
    expect(doc.openapi).toBe("3.1.0");
    for (const op of OPERATIONS)
      expect(doc.paths[op.path]?.[op.method]).toMatchObject({ operationId: op.operationId });
  });

  test("every $ref resolves", () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(20);
    for (const r of all)
      expect(doc.components.schemas[r.replace("#/components/schemas/", "")], r).toBeDefined();
  });

  test("operations that need a key say which scope; every error answer uses the Error schema", () => {
    for (const methods of Object.values(doc.paths)) {
      for (const op of Object.values(methods)) {
        const responses = op.responses as Record<string, { content: Record<string, { schema: unknown }> }>;
        for (const [status, r] of Object.entries(responses))
          if (Number(status) >= 400) expect(r.content["application/json"]!.schema).toEqual(schema("Error"));
        if (op.operationId !== "getOpenApiDocument")
          expect(Object.keys(responses)).toEqual(expect.arrayContaining(["401", "403", "429"]));
      }
    }
  });

  test("the request body schema describes the input: defaulted fields are optional", () => {
    const input = doc.components.schemas.CandidateInput as { required: string[] };
    expect(input.required).toEqual(
      expect.arrayContaining(["fullName", "email", "phone", "role", "paymentMethod"]),
    );
    expect(input.required).not.toContain("skills");
    expect(input.required).not.toContain("externalId");
  });
});

describe("the schema checker", () => {
  const error = { error: { code: "not_found", message: "Not found.", fields: {}, requestId: "r" } };

  test("accepts a conforming value and explains a bad one", () => {
    expect(checkSchema(schema("Error"), error, doc)).toEqual([]);
    expect(checkSchema(schema("Error"), { error: { ...error.error, fields: { a: [1] } } }, doc)).toEqual([
      "$.error.fields.a[0]: expected string, got integer",
    ]);
    expect(checkSchema(schema("Error"), { error: { code: "x" } }, doc)).toEqual(
      expect.arrayContaining(["$.error: missing required message"]),
    );
    expect(checkSchema(schema("Error"), { ...error, extra: 1 }, doc)).toEqual([
      "$.extra: no value is allowed here",
    ]);
  });

  test("handles nullable unions, enums, integers and bounds", () => {
    const s = {
      type: "object",
      properties: {
        band: { anyOf: [{ type: "string", enum: ["low", "high"] }, { type: "null" }] },
        n: { type: "integer", minimum: 0, maximum: 100 },
      },
    };
    expect(checkSchema(s, { band: null, n: 5 })).toEqual([]);
    expect(checkSchema(s, { band: "mid", n: 5 })).toEqual(["$.band: matches none of anyOf"]);
    expect(checkSchema(s, { band: "low", n: 5.5 })).toEqual(["$.n: expected integer, got number"]);
    expect(checkSchema(s, { band: "low", n: 101 })).toEqual(["$.n: above 100"]);
  });
});
