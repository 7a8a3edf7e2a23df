import { NextResponse } from "next/server";
import { sessionRoute } from "@/lib/api/session-route";
import { exportAuditCsv } from "@/lib/data/audit-log";

export const dynamic = "force-dynamic";

export const GET = sessionRoute(async ({ request, actor, meta }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams.entries());
  const { csv } = await exportAuditCsv(actor, query, meta);
  return new NextResponse(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="candor-audit-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
