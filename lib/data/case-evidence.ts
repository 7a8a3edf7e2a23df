import "server-only";
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { appendAudit } from "@/lib/data/audit";
import { assertCan } from "@/lib/auth/permissions";
import { evidenceDir } from "@/lib/env";
import { loadSettings } from "@/lib/data/settings";
import { EVIDENCE_TYPE_CATALOGUE } from "@/lib/schemas/settings";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Actor, RequestMeta } from "@/lib/data/types";
import { couldBeStoredId } from "@/lib/schemas/storable";

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Buffer;
}

function safeFileName(name: string): string {
  const base = path.basename(name).replace(/[^\w.\- ()]+/g, "_").slice(0, 150);
  return base || "evidence";
}

/**
 * Stores an evidence file outside public/ under a random key, with its SHA-256, and records
 * it on the case with its audit event. If the database write fails the file is removed.
 */
export async function addEvidence(actor: Actor, caseId: string, file: UploadedFile, meta: RequestMeta): Promise<{ id: string; sha256: string }> {
  assertCan(actor, "case:work");
  if (!couldBeStoredId(caseId)) throw new NotFoundError("Case not found.");
  if (file.bytes.length === 0) throw new ValidationError({ file: ["Choose a file to upload"] });
  const limits = await loadSettings();
  if (file.bytes.length > limits.evidenceMaxMb * 1024 * 1024) throw new ValidationError({ file: [`Files may be at most ${limits.evidenceMaxMb} MB`] });
  if (!(limits.evidenceTypes as readonly string[]).includes(file.type)) {
    throw new ValidationError({ file: [`Allowed types: ${limits.evidenceTypes.map((t) => EVIDENCE_TYPE_CATALOGUE[t]).join(", ")}`] });
  }
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const storageKey = randomUUID();
  const dir = path.resolve(evidenceDir());
  await fs.mkdir(dir, { recursive: true });
  const target = path.join(dir, storageKey);
  await fs.writeFile(target, file.bytes, { mode: 0o600 });
  try {
    return await db.$transaction(async (tx) => {
      if (!(await tx.case.findUnique({ where: { id: caseId }, select: { id: true } }))) throw new NotFoundError("Case not found.");
      const row = await tx.caseEvidence.create({
        data: { caseId, uploaderId: actor.id, fileName: safeFileName(file.name), mimeType: file.type, size: file.bytes.length, sha256, storageKey },
      });
      await appendAudit(tx, actor, meta, { action: "evidence.added", targetType: "case", targetId: caseId, after: { evidenceId: row.id, fileName: row.fileName, size: row.size, sha256 } });
      return { id: row.id, sha256 };
    });
  } catch (e) {
    await fs.rm(target, { force: true });
    throw e;
  }
}

/** The file itself, for security leads and admins only. */
export async function readEvidence(actor: Actor, evidenceId: string): Promise<{ fileName: string; mimeType: string; sha256: string; bytes: Buffer }> {
  assertCan(actor, "case:read");
  const row = couldBeStoredId(evidenceId) ? await db.caseEvidence.findUnique({ where: { id: evidenceId } }) : null;
  if (!row) throw new NotFoundError("Evidence not found.");
  const bytes = await fs.readFile(path.join(path.resolve(evidenceDir()), row.storageKey));
  return { fileName: row.fileName, mimeType: row.mimeType, sha256: row.sha256, bytes };
}
