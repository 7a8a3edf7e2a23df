import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

// Before any app module loads: lib/env reads CANDOR_EVIDENCE_DIR once, on first use.
const evidenceDir = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "candor-evidence-up-"));
  process.env.CANDOR_EVIDENCE_DIR = dir;
  return dir;
});

import { db } from "@/lib/db";
import { addEvidence, type EvidenceStream } from "@/lib/data/case-evidence";
import { getSettings, updateSettings } from "@/lib/data/settings";
import { PayloadTooLargeError, ValidationError } from "@/lib/errors";
import { EVIDENCE_TYPES, type EvidenceType } from "@/lib/schemas/settings";
import { rejectionOf, requestMeta, uid } from "./support/fixtures";
import { candidateWithCase, createTeam, type Team } from "./support/case-fixtures";

/**
 * Evidence over 10 MB failed with a 500 even when the organisation allowed 50 MB (request bodies
 * were cut at 10 MB), and a file's type was whatever the browser claimed. Uploads now stream
 * with the organisation's own limit (413 past it, in plain words) and are typed by their bytes.
 */
const MIB = 1024 * 1024;
let team: Team;
let caseId: string;
let original: Awaited<ReturnType<typeof getSettings>>;

async function setEvidence(evidenceMaxMb: number, evidenceTypes: readonly EvidenceType[]) {
  const current = await getSettings(team.admin);
  await updateSettings(
    team.admin,
    { ...current, evidenceMaxMb, evidenceTypes, version: current.version },
    requestMeta(),
  );
}

beforeAll(async () => {
  team = await createTeam();
  caseId = (await candidateWithCase(team.recruiter, "high")).caseId;
  original = await getSettings(team.admin);
});
afterAll(async () => {
  await setEvidence(original.evidenceMaxMb, original.evidenceTypes);
  fs.rmSync(evidenceDir, { recursive: true, force: true });
});

const PDF_HEAD = Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1");
const PNG = Buffer.concat([
  Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex"),
  Buffer.from("0000000049454e44ae426082", "hex"),
]);
const GIF = Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1");
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)]);

/** A body of `total` bytes in 1 MB chunks, starting with `head`; counts how much was read. */
function streamed(head: Buffer, total: number) {
  const read = { bytes: 0 };
  async function* body() {
    let sent = 0;
    while (sent < total) {
      const size = Math.min(MIB, total - sent);
      const chunk =
        sent === 0 ? Buffer.concat([head, Buffer.alloc(size - head.length, 0x20)]) : Buffer.alloc(size, 0x20);
      sent += size;
      read.bytes = sent;
      yield chunk;
    }
  }
  return { body: body(), read };
}

const filesInDir = () => (fs.existsSync(evidenceDir) ? fs.readdirSync(evidenceDir).sort() : []);
async function state() {
  return { rows: await db.caseEvidence.count({ where: { caseId } }), files: filesInDir() };
}

describe("evidence over 10 MB up to the organisation's limit (it failed with a 500)", () => {
  test("a 12 MB PDF streams in and is stored whole when the organisation allows 50 MB", async () => {
    await setEvidence(50, EVIDENCE_TYPES);
    const { body } = streamed(PDF_HEAD, 12 * MIB);
    const upload: EvidenceStream = {
      name: "bank-statement.pdf",
      claimedType: "application/pdf",
      declaredSize: 12 * MIB,
      body,
    };
    const { id } = await addEvidence(team.lead, caseId, upload, requestMeta());
    const row = await db.caseEvidence.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      size: 12 * MIB,
      mimeType: "application/pdf",
      fileName: "bank-statement.pdf",
    });
    expect(fs.statSync(`${evidenceDir}/${row.storageKey}`).size).toBe(12 * MIB);
  });

  test("a 62 MB file is refused with 413 saying both sizes, before its body is read", async () => {
    await setEvidence(50, EVIDENCE_TYPES);
    const before = await state();
    const { body, read } = streamed(PDF_HEAD, 62 * MIB);
    const err = await rejectionOf(
      addEvidence(team.lead, caseId, { name: "huge.pdf", declaredSize: 62 * MIB, body }, requestMeta()),
      PayloadTooLargeError,
    );
    expect(err.status).toBe(413);
    expect(err.message).toBe("The file is 62 MB; the largest allowed is 50 MB.");
    expect(read.bytes).toBe(0);
    expect(await state()).toEqual(before);
  });

  test("a body with no declared size is cut off just past the limit, with 413 and nothing left behind", async () => {
    await setEvidence(5, EVIDENCE_TYPES);
    const before = await state();
    const { body, read } = streamed(PDF_HEAD, 40 * MIB);
    const err = await rejectionOf(
      addEvidence(team.lead, caseId, { name: "chunked.pdf", body }, requestMeta()),
      PayloadTooLargeError,
    );
    expect(err.message).toBe("The file is larger than 5 MB, the largest allowed.");
    expect(read.bytes).toBeLessThanOrEqual(6 * MIB);
    expect(await state()).toEqual(before);
  });
});

describe("evidence is typed by its bytes, not the browser's claim", () => {
  test("a PNG sent as a PDF is stored as a PNG, its name ending .png", async () => {
    await setEvidence(10, EVIDENCE_TYPES);
    const { id } = await addEvidence(
      team.lead,
      caseId,
      { name: "scan.pdf", type: "application/pdf", bytes: PNG },
      requestMeta(),
    );
    expect(await db.caseEvidence.findUniqueOrThrow({ where: { id } })).toMatchObject({
      mimeType: "image/png",
      fileName: "scan.pdf.png",
    });
  });

  test.each([
    {
      label: "a Windows executable sent as a PNG",
      name: "photo.png",
      type: "image/png",
      bytes: EXE,
      content: "EXE",
    },
    { label: "a GIF sent as a PNG", name: "photo.png", type: "image/png", bytes: GIF, content: "GIF" },
    {
      label: "a ZIP sent as a PDF",
      name: "cv.pdf",
      type: "application/pdf",
      bytes: Buffer.concat([Buffer.from("504b0304", "hex"), Buffer.alloc(60)]),
      content: "ZIP",
    },
    {
      label: "text holding a NUL byte sent as text",
      name: "log.txt",
      type: "text/plain",
      bytes: Buffer.from("line one\u0000line two"),
      content: "an unrecognised binary format",
    },
    {
      label: "invalid UTF-8 sent as CSV",
      name: "rows.csv",
      type: "text/csv",
      bytes: Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0xc3, 0x28]),
      content: "an unrecognised binary format",
    },
    {
      label: "text sent as a JPEG",
      name: "photo.jpg",
      type: "image/jpeg",
      bytes: Buffer.from("not a photo"),
      content: "text sent as image/jpeg",
    },
    {
      label: "an HTML page sent as HTML",
      name: "page.html",
      type: "text/html",
      bytes: Buffer.from("<script>alert(1)</script>"),
      content: "text sent as text/html",
    },
  ])("$label is refused", async ({ name, type, bytes, content }) => {
    await setEvidence(10, EVIDENCE_TYPES);
    const before = await state();
    const err = await rejectionOf(
      addEvidence(team.lead, caseId, { name, type, bytes }, requestMeta()),
      ValidationError,
    );
    expect(err.fieldErrors.file?.[0]).toContain(`content is ${content}`);
    expect(await state()).toEqual(before);
  });

  test("a real PDF is refused when the organisation does not allow PDFs", async () => {
    await setEvidence(10, ["image/png", "text/plain"]);
    const before = await state();
    const err = await rejectionOf(
      addEvidence(
        team.lead,
        caseId,
        {
          name: "a.pdf",
          type: "application/pdf",
          bytes: Buffer.concat([PDF_HEAD, Buffer.from("1 0 obj\n")]),
        },
        requestMeta(),
      ),
      ValidationError,
    );
    expect(err.fieldErrors.file?.[0]).toBe(
      "This file's content is PDF, which is not allowed. Allowed types: PNG image, text",
    );
    expect(await state()).toEqual(before);
  });

  test.each([
    { name: `calls-${uid()}.csv`, type: "", mime: "text/csv", stored: (n: string) => n },
    { name: "notes", type: "text/plain", mime: "text/plain", stored: (n: string) => `${n}.txt` },
    { name: "mail.eml", type: "application/octet-stream", mime: "message/rfc822", stored: (n: string) => n },
    { name: "statement.pdf", type: "", mime: "text/plain", stored: (n: string) => `${n}.txt` },
  ])("valid UTF-8 text named $name ($type) is stored as $mime", async ({ name, type, mime, stored }) => {
    await setEvidence(10, EVIDENCE_TYPES);
    const bytes = Buffer.from(
      "From: hr@example.com\nSubject: reference check — Ünal\n\nNo record of this person.\n",
      "utf8",
    );
    const { id } = await addEvidence(team.lead, caseId, { name, type, bytes }, requestMeta());
    expect(await db.caseEvidence.findUniqueOrThrow({ where: { id } })).toMatchObject({
      mimeType: mime,
      fileName: stored(name),
    });
  });
});
