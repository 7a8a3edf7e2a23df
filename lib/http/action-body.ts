import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
// The multipart parser Next.js itself runs on server-action bodies: checking a body with the same
// parser means a body passes here exactly when Next can read it, so nothing malformed reaches
// Next's action handler (which answers any body it cannot parse with a 500).
import busboy from "next/dist/compiled/busboy";

/** Matches experimental.serverActions.bodySizeLimit in next.config.ts. */
export const ACTION_BODY_LIMIT_BYTES = 60 * 1024 * 1024;

export interface BodyRefusal {
  status: 400 | 413;
  code: "malformed_body" | "body_too_large";
  message: string;
}

const malformed = (message: string): BodyRefusal => ({ status: 400, code: "malformed_body", message });
const tooLarge: BodyRefusal = {
  status: 413,
  code: "body_too_large",
  message: "The request body is larger than 60 MB.",
};

/** A POST Next.js would hand to its server-action handler (the same test Next makes). */
export function isPossibleServerAction(method: string, headers: Headers): boolean {
  if (method !== "POST") return false;
  const type = headers.get("content-type") ?? "";
  return (
    headers.has("next-action") ||
    type.startsWith("multipart/form-data") ||
    type === "application/x-www-form-urlencoded"
  );
}

function parsesAsJson(text: string, mustBeList = false): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return !mustBeList || Array.isArray(value);
  } catch {
    return false;
  }
}

/** Counts the bytes going past and stops the stream past the limit. */
function limited(stream: ReadableStream<Uint8Array>): { readable: Readable; exceeded: () => boolean } {
  let size = 0;
  let over = false;
  const readable = Readable.fromWeb(stream as import("node:stream/web").ReadableStream<Uint8Array>).map(
    (chunk: Buffer) => {
      size += chunk.length;
      if (size > ACTION_BODY_LIMIT_BYTES) {
        over = true;
        throw new Error("too large");
      }
      return chunk;
    },
  );
  return { readable, exceeded: () => over };
}

/**
 * Reads a server-action body and says why it cannot be one, or null when it can. Multipart
 * bodies must parse to the end; the fields React's reply encoding fills with JSON (the ones
 * named by a number) must hold JSON, and "0", the argument list, a JSON list; a fetch action's
 * plain body is that list itself. File contents are streamed past, not kept.
 */
export async function checkActionBody(
  headers: Headers,
  body: ReadableStream<Uint8Array> | null,
): Promise<BodyRefusal | null> {
  const type = headers.get("content-type") ?? "";
  const fetchAction = headers.has("next-action");
  if (!body) return fetchAction ? malformed("The request has no body.") : null;
  const { readable, exceeded } = limited(body);

  if (!type.startsWith("multipart/form-data")) {
    if (!fetchAction) {
      // Not an action Next will decode (it bails out on url-encoded posts): let it through.
      readable.resume();
      return null;
    }
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of readable) chunks.push(chunk as Buffer);
    } catch {
      return exceeded() ? tooLarge : malformed("The request body could not be read.");
    }
    const text = Buffer.concat(chunks);
    try {
      if (parsesAsJson(new TextDecoder("utf-8", { fatal: true }).decode(text), true)) return null;
    } catch {
      // Not UTF-8: falls through to the refusal.
    }
    return malformed("The action's arguments are not a JSON list.");
  }

  let parser: ReturnType<typeof busboy>;
  try {
    parser = busboy({
      defParamCharset: "utf8",
      headers: { "content-type": type },
      limits: { fieldSize: ACTION_BODY_LIMIT_BYTES },
    });
  } catch {
    readable.resume();
    return malformed("The multipart body has no boundary.");
  }
  let badField: string | null = null;
  parser.on("field", (name: string, value: string) => {
    // "0" is the argument list itself: Next spreads it into the call, so it must be a list.
    if (fetchAction && badField === null && /^\d+$/.test(name) && !parsesAsJson(value, name === "0"))
      badField = name;
  });
  // A body that ends inside a file part fails the file's stream too: that error is the parser's, handled below.
  parser.on("file", (_name: string, file: Readable) => file.on("error", () => undefined).resume());
  let sawRoot = false;
  parser.on("field", (name: string) => {
    if (name === "0") sawRoot = true;
  });
  try {
    await pipeline(readable, parser);
  } catch {
    return exceeded() ? tooLarge : malformed("The multipart body is malformed.");
  }
  if (badField !== null)
    return malformed(
      badField === "0"
        ? "The action's arguments are not a JSON list."
        : `Field ${badField} of the action's arguments is not valid JSON.`,
    );
  if (fetchAction && !sawRoot) return malformed("The action's arguments are missing.");
  return null;
}
