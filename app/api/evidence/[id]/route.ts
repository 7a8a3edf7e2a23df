import { NextResponse } from "next/server";
import { currentActor } from "@/lib/auth/guards";
import { readEvidence } from "@/lib/data/case-evidence";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** Evidence is served only to signed-in people whose role may read cases, always as a download. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ error: { code: "unauthenticated", message: "Please sign in." } }, { status: 401 });
  try {
    const file = await readEvidence(actor, (await params).id);
    return new NextResponse(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Disposition": `attachment; filename="${file.fileName.replace(/"/g, "")}"`,
        "Content-Length": String(file.bytes.length),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        "Digest": `sha-256=${Buffer.from(file.sha256, "hex").toString("base64")}`,
      },
    });
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: { code: e.code, message: e.message } }, { status: e.status });
    throw e;
  }
}
