import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, checkActionBody, isPossibleServerAction } from "@/lib/http/action-body";
import { multipartCases } from "@/tests/support/malformed-multipart";

const ACTION_ID = "7f".padEnd(42, "0");

function stream(bytes: Uint8Array, chunk = 997): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + chunk));
      at += chunk;
    },
  });
}

const headers = (contentType: string, fetchAction = true) =>
  new Headers({ "content-type": contentType, ...(fetchAction ? { "next-action": ACTION_ID } : {}) });

describe("server-action bodies Next.js cannot parse", () => {
  test("500 malformed multipart upload bodies are refused with a 400, well-formed ones pass", async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(multipartCases, fc.integer({ min: 1, max: 4096 }), async (c, chunk) => {
        const answer = await checkActionBody(headers(c.contentType), stream(c.body, chunk));
        if (c.valid) {
          expect(answer, c.label).toBeNull();
        } else {
          expect(answer, c.label).toMatchObject({ status: 400, code: "malformed_body" });
          refused++;
        }
      }),
      { numRuns: 500 },
    );
    expect(refused).toBeGreaterThan(300);
  });

  test("a fetch action whose plain body is not a JSON list is refused; a list passes", async () => {
    for (const body of ["", "{", "[1,]", "$K1", "\u0000", "null", "5", '"x"', '{"a":1}']) {
      expect(
        await checkActionBody(headers("text/plain;charset=UTF-8"), stream(new TextEncoder().encode(body))),
        body,
      ).toMatchObject({ status: 400 });
    }
    expect(
      await checkActionBody(headers("text/plain;charset=UTF-8"), stream(new Uint8Array([0x5b, 0xff, 0x5d]))),
    ).toMatchObject({ status: 400 });
    expect(
      await checkActionBody(
        headers("text/plain;charset=UTF-8"),
        stream(new TextEncoder().encode('["cm0abc",{"note":"ok"}]')),
      ),
    ).toBeNull();
  });

  test("a body past the 60 MB action limit is refused with a 413", async () => {
    const big = new Uint8Array(ACTION_BODY_LIMIT_BYTES + 1);
    expect(
      await checkActionBody(headers("multipart/form-data; boundary=x"), stream(big, 1024 * 1024)),
    ).toMatchObject({ status: 413 });
  });

  test("only posts Next.js would treat as an action are read", () => {
    expect(isPossibleServerAction("POST", new Headers({ "next-action": ACTION_ID }))).toBe(true);
    expect(
      isPossibleServerAction("POST", new Headers({ "content-type": "multipart/form-data; boundary=x" })),
    ).toBe(true);
    expect(isPossibleServerAction("POST", new Headers({ "content-type": "application/json" }))).toBe(false);
    expect(isPossibleServerAction("GET", new Headers({ "next-action": ACTION_ID }))).toBe(false);
  });
});
