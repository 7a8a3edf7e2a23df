import { NextResponse } from "next/server";
import { currentActor, requestMeta } from "@/lib/auth/guards";
import { exportAuditCsv } from "@/lib/data/audit-log";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ error: { code: "unauthenticated", message: "Please sign in." } }, { status: 401 });
  try {
    const query = Object.fromEntries(new URL(request.url).searchParams.entries());
    const { csv } = await exportAuditCsv(actor, query, await requestMeta());
    return new NextResponse(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="candor-audit-${new Date().toISOString().slice(0, 10)}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: { code: e.code, message: e.message } }, { status: e.status });
    throw e;
  }
}
