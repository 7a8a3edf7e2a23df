import fc from "fast-check";

/**
 * Server-action bodies, most of them broken, for the upload actions (evidence, watchlist files).
 * A well-formed body is what React sends for `action(id, formData)`: field "0" holds the argument
 * list as JSON, the form's entries follow under the prefix "1_". Each broken case says how it is
 * broken; `valid` is true only for the untouched bodies.
 */
export interface MultipartCase {
  label: string;
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
  valid: boolean;
  [fc.toStringMethod]: () => string;
}

const enc = new TextEncoder();
const CRLF = "\r\n";

interface Part {
  name: string;
  fileName?: string;
  type?: string;
  content: Uint8Array;
}

function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The body, and where its closing delimiter starts (a cut before it leaves the form unfinished). */
function encodeParts(boundary: string, parts: Part[]): { bytes: Uint8Array<ArrayBuffer>; closingAt: number } {
  const chunks: Uint8Array[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.fileName !== undefined ? `; filename="${p.fileName}"` : ""}`;
    chunks.push(
      enc.encode(
        `--${boundary}${CRLF}Content-Disposition: ${disposition}${CRLF}${p.type ? `Content-Type: ${p.type}${CRLF}` : ""}${CRLF}`,
      ),
      p.content,
      enc.encode(CRLF),
    );
  }
  const head = concat(chunks);
  return { bytes: concat([head, enc.encode(`--${boundary}--${CRLF}`)]), closingAt: head.length };
}

const boundaryArb = fc.stringMatching(/^[A-Za-z0-9'+_.-]{1,60}$/).map((b) => `----${b}`);
const fileArb = fc.record({
  fileName: fc.constantFrom("call-log.txt", "sdn.csv", "consolidated.xml", "ümlaut résumé.pdf", ""),
  type: fc.constantFrom(
    "text/plain",
    "text/csv",
    "application/xml",
    "application/pdf",
    "application/octet-stream",
  ),
  content: fc.uint8Array({ maxLength: 2_000 }),
});
const fieldName = fc.constantFrom("1_file", "1_sdn", "1_alt", "1_xml", "1_text");

/** The parts of a well-formed upload: the argument list, then one to three form entries. */
const partsArb = fc
  .tuple(
    fc.constantFrom('["$K1"]', '["cm0casexyz0000000000000","$K1"]'),
    fc.array(fc.tuple(fieldName, fileArb), { minLength: 1, maxLength: 3 }),
  )
  .map(([root, files]): Part[] => [
    { name: "0", content: enc.encode(root) },
    ...files.map(([name, f]) => ({ name, ...f })),
  ]);

function make(
  label: string,
  contentType: string,
  body: Uint8Array<ArrayBuffer>,
  valid = false,
): MultipartCase {
  return {
    label,
    contentType,
    body,
    valid,
    [fc.toStringMethod]: () => `${label} [${contentType}] ${body.length} bytes`,
  };
}

/** Not JSON, or JSON that is not a list (Next spreads the argument list into the call). */
const notJson = fc.constantFrom(
  "",
  "[",
  '["$K1"',
  "{'a':1}",
  "undefined",
  "NaN",
  "$K1",
  "[1,]",
  '"unterminated',
  "\u0000",
  "null",
  "5",
  '"$K1"',
  '{"0":"$K1"}',
  "true",
);

export const multipartCases: fc.Arbitrary<MultipartCase> = fc
  .tuple(boundaryArb, partsArb)
  .chain(([boundary, parts]) => {
    const type = `multipart/form-data; boundary=${boundary}`;
    const { bytes, closingAt } = encodeParts(boundary, parts);
    return fc.oneof(
      { weight: 1, arbitrary: fc.constant(make("well-formed", type, bytes, true)) },
      {
        weight: 4,
        arbitrary: fc
          .integer({ min: 0, max: closingAt })
          .map((cut) => make(`cut at ${cut} of ${bytes.length}`, type, bytes.slice(0, cut))),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(
            "multipart/form-data",
            "multipart/form-data; charset=utf-8",
            "multipart/form-data; boundary=",
          )
          .map((t) => make("no boundary", t, bytes)),
      },
      {
        weight: 1,
        arbitrary: boundaryArb
          .filter((b) => b !== boundary && !boundary.startsWith(b) && !b.startsWith(boundary))
          .map((b) => make("another boundary", `multipart/form-data; boundary=${b}`, bytes)),
      },
      {
        weight: 1,
        arbitrary: notJson.map((root) =>
          make(
            `argument list ${JSON.stringify(root)}`,
            type,
            encodeParts(boundary, [{ name: "0", content: enc.encode(root) }, ...parts.slice(1)]).bytes,
          ),
        ),
      },
      {
        weight: 1,
        arbitrary: fc.constant(make("no argument list", type, encodeParts(boundary, parts.slice(1)).bytes)),
      },
      {
        weight: 1,
        arbitrary: fc.uint8Array({ maxLength: 3_000 }).map((junk) => make("random bytes", type, junk)),
      },
      {
        // A part whose headers never end: the parser is still reading headers when the body ends.
        weight: 1,
        arbitrary: fc
          .string({ maxLength: 200 })
          .map((h) =>
            make(
              "unterminated part header",
              type,
              concat([
                bytes.slice(0, closingAt),
                enc.encode(
                  `--${boundary}${CRLF}Content-Disposition: form-data; name="x"${h.replace(/\r?\n/g, " ")}`,
                ),
              ]),
            ),
          ),
      },
    );
  });
