import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { appendAudit } from "@/lib/data/audit";
import { assertCan } from "@/lib/auth/permissions";
import { evidenceDir } from "@/lib/env";
import { loadSettings } from "@/lib/data/settings";
import { tooLargeMessage } from "@/lib/evidence/limits";
import { EvidenceSniffer, nameForType } from "@/lib/evidence/sniff";
import { EVIDENCE_TYPE_CATALOGUE } from "@/lib/schemas/settings";
import { NotFoundError, PayloadTooLargeError, ValidationError } from "@/lib/errors";
import type { Actor, RequestMeta } from "@/lib/data/types";
import { couldBeStoredId } from "@/lib/schemas/storable";

/** A file already in memory (tests, small callers). `type` is the browser's claim: a hint only. */
export interface UploadedFile {
  name: string;
  type?: string;
  bytes: Buffer;
}

/** A file streamed from a request: read once, chunk by chunk, never held whole. */
export interface EvidenceStream {
  name: string;
  /** The browser's Content-Type: used only to tell text types apart, never trusted for binaries. */
  claimedType?: string | null;
  /** The request's Content-Length, when it sent one: a body known to be too big is refused unread. */
  declaredSize?: number | null;
  body: AsyncIterable<Uint8Array>;
}

const MIB = 1024 * 1024;

function safeFileName(name: string): string {
  const base = path.basename(name).replace(/[^\w.\- ()]+/g, "_").slice(0, 150);
  return base || "evidence";
}

function tooLarge(bytes: number | null, maxMb: number): PayloadTooLargeError {
  return new PayloadTooLargeError(tooLargeMessage(bytes, maxMb));
}

/** The body passed the limit: the rest is not read. */
class OverLimit extends Error {}

async function* once(bytes: Buffer): AsyncIterable<Uint8Array> {
  yield bytes;
}

/** Writes the body to `target` while hashing, sizing and sniffing it; stops as soon as it passes `max`. */
async function receive(body: AsyncIterable<Uint8Array>, target: string, max: number, sniffer: EvidenceSniffer): Promise<{ size: number; sha256: string }> {
  const hash = createHash("sha256");
  const out = createWriteStream(target, { mode: 0o600 });
  const failed = new Promise<never>((_, reject) => out.once("error", reject));
  failed.catch(() => undefined);
  let size = 0;
  try {
    for await (const chunk of body) {
      size += chunk.length;
      if (size > max) throw new OverLimit();
      hash.update(chunk);
      sniffer.push(chunk);
      if (!out.write(chunk)) await Promise.race([new Promise<void>((resolve) => out.once("drain", () => resolve())), failed]);
    }
    await Promise.race([new Promise<void>((resolve) => out.end(resolve)), failed]);
  } catch (e) {
    out.destroy();
    throw e;
  }
  return { size, sha256: hash.digest("hex") };
}

/**
 * Stores an evidence file outside public/ under a random key, with its SHA-256, and records it on
 * the case with its audit event. The size is checked as the bytes arrive against the
 * organisation's limit (413 past it), the type is read from the bytes and must be one the
 * organisation allows, and the stored name ends in that type's extension. Nothing is left behind
 * when any check or the database write fails.
 */
export async function addEvidence(actor: Actor, caseId: string, file: UploadedFile | EvidenceStream, meta: RequestMeta): Promise<{ id: string; sha256: string }> {
  assertCan(actor, "case:work");
  if (!couldBeStoredId(caseId)) throw new NotFoundError("Case not found.");
  const upload: EvidenceStream = "bytes" in file ? { name: file.name, claimedType: file.type, declaredSize: file.bytes.length, body: once(file.bytes) } : file;
  const limits = await loadSettings();
  const max = limits.evidenceMaxMb * MIB;
  if (upload.declaredSize != null && upload.declaredSize > max) throw tooLarge(upload.declaredSize, limits.evidenceMaxMb);
  if (!(await db.case.findUnique({ where: { id: caseId }, select: { id: true } }))) throw new NotFoundError("Case not found.");

  const storageKey = randomUUID();
  const dir = path.resolve(evidenceDir());
  await fs.mkdir(dir, { recursive: true });
  const target = path.join(dir, storageKey);
  const sniffer = new EvidenceSniffer();
  try {
    const { size, sha256 } = await receive(upload.body, target, max, sniffer).catch((e: unknown) => {
      throw e instanceof OverLimit ? tooLarge(upload.declaredSize ?? null, limits.evidenceMaxMb) : e;
    });
    if (size === 0) throw new ValidationError({ file: ["Choose a file to upload"] });
    const sniffed = await sniffer.result(upload.name, upload.claimedType);
    const allowedLabels = limits.evidenceTypes.map((t) => EVIDENCE_TYPE_CATALOGUE[t]).join(", ");
    if (!sniffed.ok || !(limits.evidenceTypes as readonly string[]).includes(sniffed.mime)) {
      throw new ValidationError({ file: [`This file's content is ${sniffed.label}, which is not allowed. Allowed types: ${allowedLabels}`] });
    }
    const fileName = nameForType(safeFileName(upload.name), sniffed.mime);
    return await db.$transaction(async (tx) => {
      if (!(await tx.case.findUnique({ where: { id: caseId }, select: { id: true } }))) throw new NotFoundError("Case not found.");
      const row = await tx.caseEvidence.create({ data: { caseId, uploaderId: actor.id, fileName, mimeType: sniffed.mime, size, sha256, storageKey } });
      await appendAudit(tx, actor, meta, { action: "evidence.added", targetType: "case", targetId: caseId, after: { evidenceId: row.id, fileName: row.fileName, size: row.size, sha256, mimeType: sniffed.mime } });
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
