import { NextResponse } from "next/server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/guards";
import { metaFromHeaders } from "@/lib/auth/request-meta";
import { addEvidence } from "@/lib/data/case-evidence";
import { FILE_NAME_HEADER } from "@/lib/evidence/limits";
import { isAppError, ValidationError } from "@/lib/errors";

export const dynamic = "force-dynamic";

function error(status: number, code: string, message: string, fields?: Record<string, string[]>) {
  return NextResponse.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status });
}

/**
 * Evidence uploads: the raw file as the request body, streamed to the data layer, which checks the
 * permission, the organisation's size limit (413) and the type read from the bytes. A route
 * handler rather than a server action because an action's body is buffered whole and, through
 * proxy.ts, cut at its body limit: files past it failed with a 500. The route reads the body as a stream.
 */
export async function POST(request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const meta = metaFromHeaders(request.headers);
  const origin = request.headers.get("origin");
  if (
    origin &&
    origin !== new URL(request.url).origin &&
    origin !== `${request.headers.get("x-forwarded-proto") ?? "http"}://${request.headers.get("host")}`
  ) {
    return error(403, "forbidden", "Uploads are accepted only from Candor's own pages.");
  }
  const actor = await currentActor();
  if (!actor) return error(401, "unauthenticated", "Please sign in.");
  // Required, and a custom header: a cross-site form cannot send it without a CORS preflight.
  const rawName = request.headers.get(FILE_NAME_HEADER);
  if (!rawName || !request.body)
    return error(422, "validation_failed", "Choose a file to upload", { file: ["Choose a file to upload"] });
  let name: string;
  try {
    name = decodeURIComponent(rawName);
  } catch {
    name = "evidence";
  }
  const length = request.headers.get("content-length");
  const declaredSize = length && /^\d+$/.test(length) ? Number(length) : null;
  const { caseId } = await params;
  try {
    const result = await addEvidence(
      actor,
      caseId,
      { name, claimedType: request.headers.get("content-type"), declaredSize, body: request.body },
      meta,
    );
    revalidatePath(`/cases/${caseId}`);
    return NextResponse.json({ data: result }, { status: 201 });
  } catch (e) {
    if (e instanceof ValidationError)
      return error(e.status, e.code, e.fieldErrors.file?.join(" ") ?? e.message, e.fieldErrors);
    if (isAppError(e)) return error(e.status, e.code, e.message);
    console.error(`[${meta.requestId}] evidence upload failed`, e);
    return error(
      500,
      "internal",
      `Something went wrong on our side. Please try again; if it keeps happening, quote reference ${meta.requestId}.`,
    );
  }
}
