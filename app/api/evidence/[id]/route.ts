import { NextResponse } from "next/server";
import { sessionRoute } from "@/lib/api/session-route";
import { readEvidence } from "@/lib/data/case-evidence";

export const dynamic = "force-dynamic";

/** Evidence is served only to signed-in people whose role may read cases, always as a download. */
export const GET = sessionRoute<{ id: string }>(async ({ params, actor }) => {
  const file = await readEvidence(actor, params.id);
  return new NextResponse(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Disposition": `attachment; filename="${file.fileName.replace(/"/g, "")}"`,
      "Content-Length": String(file.bytes.length),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      Digest: `sha-256=${Buffer.from(file.sha256, "hex").toString("base64")}`,
    },
  });
});
