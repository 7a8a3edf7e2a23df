import { describe, expect, test } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { expectedVersion, readJsonBody, versionFromIfMatch } from "@/lib/api/request";
import { ValidationError } from "@/lib/errors";

function post(
  body: BodyInit | null,
  contentType: string | null,
  extra: Record<string, string> = {},
): Request {
  const headers = new Headers(extra);
  if (contentType) headers.set("content-type", contentType);
  return new Request("http://localhost/api/v1/candidates", { method: "POST", body, headers });
}

async function statusOf(promise: Promise<unknown>): Promise<{ status: number; code: string }> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ApiError) return { status: e.status, code: e.code };
    throw e;
  }
  throw new Error("expected the body to be refused");
}

/** A body delivered in chunks without Content-Length, as a chunked upload would be. */
function streamOf(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const n = Math.min(64 * 1024, bytes - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(0x20));
    },
  });
}

describe("reading a JSON body", () => {
  test("parses JSON sent as application/json or a +json type", async () => {
    expect(await readJsonBody(post('{"a":1}', "application/json; charset=utf-8"))).toEqual({ a: 1 });
    expect(await readJsonBody(post('{"a":null}', "application/merge-patch+json"))).toEqual({ a: null });
  });

  test.each([
    ["no content type", null],
    ["form data", "application/x-www-form-urlencoded"],
    ["plain text", "text/plain"],
    ["JSON lookalike", "application/jsonx"],
  ])("415 for %s", async (_label, type) => {
    expect(await statusOf(readJsonBody(post('{"a":1}', type)))).toEqual({
      status: 415,
      code: "unsupported_media_type",
    });
  });

  test("413 when Content-Length declares more than the limit, before reading", async () => {
    const req = post("{}", "application/json", { "content-length": String(2 * 1024 * 1024) });
    expect(await statusOf(readJsonBody(req))).toEqual({ status: 413, code: "payload_too_large" });
  });

  test("413 when a body without a length grows past the limit", async () => {
    const req = new Request("http://localhost/x", {
      method: "POST",
      body: streamOf(1024 * 1024 + 1),
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect(await statusOf(readJsonBody(req))).toEqual({ status: 413, code: "payload_too_large" });
  });

  test("exactly the limit is accepted", async () => {
    const json = JSON.stringify({ pad: "x".repeat(1024 * 1024 - 10) });
    expect(json.length).toBe(1024 * 1024);
    await expect(readJsonBody(post(json, "application/json"))).resolves.toMatchObject({
      pad: expect.any(String),
    });
  });

  test.each([
    ["malformed JSON", '{"a":'],
    ["an empty body", ""],
    ["whitespace only", "  \n"],
    ["invalid UTF-8", new Uint8Array([0x7b, 0xff, 0x7d])],
  ])("400 for %s", async (_label, body) => {
    expect(await statusOf(readJsonBody(post(body, "application/json")))).toEqual({
      status: 400,
      code: "malformed_json",
    });
  });
});

describe("the version an update is based on", () => {
  test.each([
    ['"3"', 3],
    ['W/"12"', 12],
    ["7", 7],
    ["*", undefined],
    ['"abc"', undefined],
    [null, undefined],
  ])("If-Match %j → %j", (header, version) => {
    expect(versionFromIfMatch(header)).toBe(version);
  });

  test("comes from the body or If-Match; both must agree; one is required", () => {
    expect(expectedVersion({ version: 4 }, null)).toBe(4);
    expect(expectedVersion({}, '"5"')).toBe(5);
    expect(expectedVersion({ version: 6 }, '"6"')).toBe(6);
    for (const [body, header] of [
      [{ version: 6 }, '"7"'],
      [{}, null],
      [{ version: "6" }, null],
      [{ version: 0 }, null],
    ] as const) {
      const e = (() => {
        try {
          expectedVersion(body, header);
        } catch (error) {
          return error;
        }
      })();
      expect(e).toBeInstanceOf(ValidationError);
      expect(Object.keys((e as ValidationError).fieldErrors)).toEqual(["version"]);
    }
  });
});
