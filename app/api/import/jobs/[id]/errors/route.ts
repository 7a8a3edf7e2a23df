import { NextResponse } from "next/server";
import { currentActor } from "@/lib/auth/guards";
import { importJobIssuesCsv } from "@/lib/data/candidate-import";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** The rows an import did not take: file, row, column, field, message (formula-safe CSV). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ error: { code: "unauthenticated", message: "Please sign in." } }, { status: 401 });
  try {
    const { fileName, csv } = await importJobIssuesCsv(actor, (await params).id);
    const base = fileName.replace(/\.csv$/i, "").replace(/[^\w.-]+/g, "_") || "import";
    return new NextResponse(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${base}.errors.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: { code: e.code, message: e.message } }, { status: e.status });
    throw e;
  }
}
