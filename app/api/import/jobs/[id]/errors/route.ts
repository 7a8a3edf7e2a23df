import { NextResponse } from "next/server";
import { currentActor } from "@/lib/auth/guards";
import { importJobIssuesCsv } from "@/lib/data/candidate-import";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * ?file=candidates (default) | work-history: the rows of that file an import did not take, as
 * uploaded, each after its row number and problems (errorFileCsv in lib/import/files.ts), so the
 * fixed file can be imported again. Formula-safe.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ error: { code: "unauthenticated", message: "Please sign in." } }, { status: 401 });
  const file = new URL(request.url).searchParams.get("file") ?? "candidates";
  if (file !== "candidates" && file !== "work-history") {
    return NextResponse.json({ error: { code: "not_found", message: "Unknown file; use candidates or work-history." } }, { status: 404 });
  }
  try {
    const { fileName, csv } = await importJobIssuesCsv(actor, (await params).id, file);
    // An error file imported and rejected again is named after the first upload, not "x.errors.errors.csv".
    const base = fileName.replace(/\.csv$/i, "").replace(/(\.work-history)?(\.errors)+$/i, "").replace(/[^\w.-]+/g, "_") || "import";
    return new NextResponse(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${base}${file === "work-history" ? ".work-history" : ""}.errors.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: { code: e.code, message: e.message } }, { status: e.status });
    throw e;
  }
}
