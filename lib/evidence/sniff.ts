import { fileTypeFromBuffer } from "file-type";
import { EVIDENCE_TYPE_CATALOGUE, type EvidenceType } from "@/lib/schemas/settings";

/**
 * What an evidence file is, read from its bytes: the browser's Content-Type is whatever the
 * uploader's machine (or a script) says, so a renamed executable could be stored as "a PNG".
 * Binary formats are recognised by their magic numbers (file-type); text has none, so a file
 * counts as text only if it is valid UTF-8 with no NUL byte, and which text type (plain, CSV,
 * email) is taken from its name or the browser's claim, never a binary type.
 */

/** file-type reads at most this many bytes from the start of a file. */
const HEAD_BYTES = 4_100;

const EXTENSIONS: Record<EvidenceType, readonly string[]> = {
  "application/pdf": ["pdf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "text/plain": ["txt", "log", "text"],
  "text/csv": ["csv"],
  "message/rfc822": ["eml"],
};

export type Sniffed = { ok: true; mime: EvidenceType; label: string } | { ok: false; label: string };

/** Fed the file chunk by chunk as it streams in, so no file is ever held whole in memory. */
export class EvidenceSniffer {
  private head = new Uint8Array(0);
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });
  private text = true;

  push(chunk: Uint8Array): void {
    if (this.head.length < HEAD_BYTES) {
      const next = new Uint8Array(Math.min(HEAD_BYTES, this.head.length + chunk.length));
      next.set(this.head);
      next.set(chunk.subarray(0, next.length - this.head.length), this.head.length);
      this.head = next;
    }
    if (!this.text) return;
    if (chunk.includes(0)) {
      this.text = false;
      return;
    }
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      this.text = false;
    }
  }

  async result(fileName: string, claimedType: string | null | undefined): Promise<Sniffed> {
    const detected = await fileTypeFromBuffer(this.head);
    if (detected) {
      const known = detected.mime in EXTENSIONS ? (detected.mime as EvidenceType) : null;
      return known
        ? { ok: true, mime: known, label: EVIDENCE_TYPE_CATALOGUE[known] }
        : { ok: false, label: `${detected.ext.toUpperCase()} (${detected.mime})` };
    }
    if (this.text) {
      try {
        this.decoder.decode(); // a multi-byte character cut off at the end is not valid UTF-8
      } catch {
        this.text = false;
      }
    }
    if (!this.text) return { ok: false, label: "an unrecognised binary format" };
    // The claim never makes a file acceptable, but text sent as an executable or a web page is
    // not evidence anyone meant to attach: refuse rather than relabel it.
    const claimed = mimeOf(claimedType);
    if (claimed && claimed !== "application/octet-stream" && !TEXT_TYPES.includes(claimed))
      return { ok: false, label: `text sent as ${claimed.slice(0, 80)}` };
    const mime = textTypeOf(fileName, claimed);
    return { ok: true, mime, label: EVIDENCE_TYPE_CATALOGUE[mime] };
  }
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
}

const TEXT_TYPES: readonly string[] = ["text/plain", "text/csv", "message/rfc822"];

function mimeOf(claimedType: string | null | undefined): string {
  return (claimedType ?? "").split(";")[0]!.trim().toLowerCase();
}

function textTypeOf(fileName: string, claimed: string): EvidenceType {
  const ext = extensionOf(fileName);
  if (ext === "csv" || (!ext && claimed === "text/csv")) return "text/csv";
  if (ext === "eml" || (!ext && claimed === "message/rfc822")) return "message/rfc822";
  return "text/plain";
}

/**
 * The stored name keeps the uploader's name but ends in an extension of the detected type, so
 * "invoice.pdf" that is really a PNG is stored (and downloaded) as "invoice.pdf.png".
 */
export function nameForType(fileName: string, mime: EvidenceType): string {
  const allowed = EXTENSIONS[mime];
  if (allowed.includes(extensionOf(fileName))) return fileName;
  return `${fileName}.${allowed[0]}`;
}
