import { NextResponse } from "next/server";
import { currentActor } from "@/lib/auth/guards";
import { getImportJob } from "@/lib/data/candidate-import";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** Progress of an import, for the person who started it (the import page polls this). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ error: { code: "unauthenticated", message: "Please sign in." } }, { status: 401 });
  try {
    return NextResponse.json(await getImportJob(actor, (await params).id), { headers: { "Cache-Control": "private, no-store" } });
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: { code: e.code, message: e.message } }, { status: e.status });
    throw e;
  }
}
