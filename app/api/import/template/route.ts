import { NextResponse } from "next/server";
import { sessionRoute } from "@/lib/api/session-route";
import { candidatesTemplateCsv, columnGuideCsv, workHistoryTemplateCsv } from "@/lib/import/files";
import { NotFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const FILES = {
  candidates: { name: "candor-candidates-template.csv", body: candidatesTemplateCsv },
  "work-history": { name: "candor-work-history-template.csv", body: workHistoryTemplateCsv },
  guide: { name: "candor-import-column-guide.csv", body: columnGuideCsv },
} as const;

/** ?file=candidates (default) | work-history | guide: the import templates and the column guide. */
export const GET = sessionRoute(async ({ request }) => {
  const key = new URL(request.url).searchParams.get("file") ?? "candidates";
  const file = Object.hasOwn(FILES, key) ? FILES[key as keyof typeof FILES] : undefined;
  if (!file) throw new NotFoundError("Unknown file; use candidates, work-history or guide.");
  return new NextResponse(file.body(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.name}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
