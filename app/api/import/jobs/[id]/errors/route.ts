import { NextResponse } from "next/server";
import { sessionRoute } from "@/lib/api/session-route";
import { importJobIssuesCsv } from "@/lib/data/candidate-import";
import { NotFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * ?file=candidates (default) | work-history: the rows of that file an import did not take, as
 * uploaded, each after its row number and problems (errorFileCsv in lib/import/files.ts), so the
 * fixed file can be imported again. Formula-safe.
 */
export const GET = sessionRoute<{ id: string }>(async ({ request, params, actor }) => {
  const file = new URL(request.url).searchParams.get("file") ?? "candidates";
  if (file !== "candidates" && file !== "work-history")
    throw new NotFoundError("Unknown file; use candidates or work-history.");
  const { fileName, csv } = await importJobIssuesCsv(actor, params.id, file);
  // An error file imported and rejected again is named after the first upload, not "x.errors.errors.csv".
  const base =
    fileName
      .replace(/\.csv$/i, "")
      .replace(/(\.work-history)?(\.errors)+$/i, "")
      .replace(/[^\w.-]+/g, "_") || "import";
  return new NextResponse(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${base}${file === "work-history" ? ".work-history" : ""}.errors.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
