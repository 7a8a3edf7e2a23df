import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

// Before any app module loads: lib/env reads CANDOR_EVIDENCE_DIR once, on first use.
const evidenceDir = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "candor-evidence-"));
  process.env.CANDOR_EVIDENCE_DIR = dir;
  return dir;
});

import { db } from "@/lib/db";
import { addEvidence, readEvidence, type UploadedFile } from "@/lib/data/case-evidence";
import { getCase } from "@/lib/data/case-detail";
import { DEFAULT_SETTINGS } from "@/lib/schemas/settings";
import { ForbiddenError, NotFoundError, PayloadTooLargeError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/data/types";
import { rejectionOf, requestMeta, uid, withRole } from "./support/fixtures";
import { caseActions, candidateWithCase, createTeam, type Team } from "./support/case-fixtures";

const MAX_BYTES = DEFAULT_SETTINGS.evidenceMaxMb * 1024 * 1024;

/** Evidence files: stored outside public/ under a random key with their SHA-256, readable only by case readers. */
let team: Team;
let caseId: string;
beforeAll(async () => {
  team = await createTeam();
  caseId = (await candidateWithCase(team.recruiter, "high")).caseId;
});
afterAll(() => fs.rmSync(evidenceDir, { recursive: true, force: true }));

const filesInDir = () => (fs.existsSync(evidenceDir) ? fs.readdirSync(evidenceDir).sort() : []);
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const textFile = (name = `call-log-${uid()}.txt`): UploadedFile => ({
  name,
  type: "text/plain",
  bytes: Buffer.from(
    `Called Stellar Apps HR on 2026-11-20: no record of this person.\nRef ${uid()}\n`,
    "utf8",
  ),
});

/** Everything a refused upload could have left behind. */
async function evidenceState() {
  return { rows: await db.caseEvidence.count(), files: filesInDir(), trail: await caseActions(caseId) };
}

describe("adding and reading evidence", () => {
  test("a small text file is stored with its SHA-256 and read back byte-identical", async () => {
    const file = textFile();
    const result = await addEvidence(team.lead, caseId, file, requestMeta());
    expect(result.sha256).toBe(sha256(file.bytes));

    const row = await db.caseEvidence.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({
      caseId,
      uploaderId: team.lead.id,
      fileName: file.name,
      mimeType: "text/plain",
      size: file.bytes.length,
      sha256: result.sha256,
    });
    const stored = path.join(evidenceDir, row.storageKey);
    expect(path.dirname(stored)).toBe(path.resolve(evidenceDir));
    expect(fs.readFileSync(stored).equals(file.bytes)).toBe(true);
    expect(fs.statSync(stored).mode & 0o777).toBe(0o600);

    const added = await db.auditEvent.findMany({ where: { targetId: caseId, action: "evidence.added" } });
    const event = added.find((e) => (e.after as { evidenceId?: string } | null)?.evidenceId === result.id);
    expect(event).toMatchObject({
      actorId: team.lead.id,
      after: { fileName: file.name, size: file.bytes.length, sha256: result.sha256 },
    });

    for (const reader of [team.lead, team.lead2, team.admin]) {
      const read = await readEvidence(reader, result.id);
      expect(read).toMatchObject({ fileName: file.name, mimeType: "text/plain", sha256: result.sha256 });
      expect(read.bytes.equals(file.bytes)).toBe(true);
      expect(sha256(read.bytes)).toBe(result.sha256);
    }
    expect((await getCase(team.lead, caseId)).evidence).toContainEqual(
      expect.objectContaining({ id: result.id, sha256: result.sha256, uploader: team.lead.name }),
    );
  });

  test("a file of exactly the size limit is accepted", async () => {
    const bytes = Buffer.alloc(MAX_BYTES, 0x41);
    const result = await addEvidence(
      team.lead,
      caseId,
      { name: "limit.txt", type: "text/plain", bytes },
      requestMeta(),
    );
    expect(result.sha256).toBe(sha256(bytes));
    const row = await db.caseEvidence.findUniqueOrThrow({ where: { id: result.id } });
    expect(fs.statSync(path.join(evidenceDir, row.storageKey)).size).toBe(MAX_BYTES);
  });

  test.each([
    // A name without an extension gets the one of its detected type (text).
    { name: "../../etc/passwd", stored: "passwd.txt" },
    // Text named .pdf keeps its name but ends in the extension of what it is.
    { name: "C:\\evil\\..\\report.pdf", stored: "C_evil_.._report.pdf.txt" },
    { name: "<img src=x>.txt", stored: "_img src_x_.txt" },
  ])(
    "the file name $name is stored as $stored, and the file stays in the evidence directory",
    async ({ name, stored }) => {
      const { id } = await addEvidence(team.lead, caseId, { ...textFile(), name }, requestMeta());
      const row = await db.caseEvidence.findUniqueOrThrow({ where: { id } });
      expect(row.fileName).toBe(stored);
      expect(filesInDir()).toContain(row.storageKey);
    },
  );

  test("reading unknown evidence → NotFoundError", async () => {
    await rejectionOf(readEvidence(team.lead, `missing-${uid()}`), NotFoundError);
  });
});

describe("refused uploads and reads leave nothing behind", () => {
  const TOO_BIG = MAX_BYTES + 1;
  test.each([
    { label: "a Windows executable", type: "application/x-msdownload", size: 64 },
    { label: "an HTML page", type: "text/html", size: 64 },
    { label: "a type named after an Object.prototype key", type: "constructor", size: 64 },
    { label: "an empty file", type: "text/plain", size: 0 },
  ])("$label ($type, $size bytes) → ValidationError on file", async ({ type, size }) => {
    const before = await evidenceState();
    const err = await rejectionOf(
      addEvidence(
        team.lead,
        caseId,
        { name: `upload-${uid()}.bin`, type, bytes: Buffer.alloc(size, 0x4d) },
        requestMeta(),
      ),
      ValidationError,
    );
    expect(Object.keys(err.fieldErrors)).toEqual(["file"]);
    expect(await evidenceState()).toEqual(before);
  });

  test("a file over the size limit → PayloadTooLargeError (413) saying both sizes", async () => {
    const before = await evidenceState();
    const err = await rejectionOf(
      addEvidence(
        team.lead,
        caseId,
        { name: `upload-${uid()}.txt`, type: "text/plain", bytes: Buffer.alloc(TOO_BIG, 0x4d) },
        requestMeta(),
      ),
      PayloadTooLargeError,
    );
    expect(err.status).toBe(413);
    expect(err.message).toBe(
      `The file is ${DEFAULT_SETTINGS.evidenceMaxMb}.1 MB; the largest allowed is ${DEFAULT_SETTINGS.evidenceMaxMb} MB.`,
    );
    expect(await evidenceState()).toEqual(before);
  });

  test("an upload to an unknown case → NotFoundError, and its file is removed again", async () => {
    const before = await evidenceState();
    await rejectionOf(addEvidence(team.lead, `missing-${uid()}`, textFile(), requestMeta()), NotFoundError);
    expect(await evidenceState()).toEqual(before);
  });

  const actors: Record<string, () => Actor> = {
    recruiter: () => team.recruiter,
    admin: () => team.admin,
    "unknown role": () => withRole(team.lead, "auditor"),
  };

  test.each(Object.keys(actors))("%s may not add evidence", async (who) => {
    const before = await evidenceState();
    await rejectionOf(addEvidence(actors[who]!(), caseId, textFile(), requestMeta()), ForbiddenError);
    expect(await evidenceState()).toEqual(before);
  });

  test.each(["recruiter", "unknown role"])("%s may not read evidence", async (who) => {
    const { id } = await addEvidence(team.lead, caseId, textFile(), requestMeta());
    await rejectionOf(readEvidence(actors[who]!(), id), ForbiddenError);
  });
});
