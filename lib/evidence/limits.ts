/** Shared by the upload form (checked before sending) and the data layer (checked as bytes arrive). */

/** The request header carrying the file's name (URI-encoded); see app/api/evidence-upload. */
export const FILE_NAME_HEADER = "x-file-name";

export const evidenceUploadUrl = (caseId: string) => `/api/evidence-upload/${encodeURIComponent(caseId)}`;

const MIB = 1024 * 1024;

/** Megabytes for a message, rounded up to a tenth so a file just over the limit never reads as equal to it. */
export function formatMb(bytes: number): string {
  return String(Math.ceil((bytes / MIB) * 10) / 10);
}

/** "The file is 62 MB; the largest allowed is 50 MB." (or, size unknown, "larger than"). */
export function tooLargeMessage(bytes: number | null, maxMb: number): string {
  return bytes === null
    ? `The file is larger than ${maxMb} MB, the largest allowed.`
    : `The file is ${formatMb(bytes)} MB; the largest allowed is ${maxMb} MB.`;
}
