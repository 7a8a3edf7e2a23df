import { NextResponse } from "next/server";
import { currentActor } from "@/lib/auth/guards";
import { candidatesTemplateCsv, columnGuideCsv, workHistoryTemplateCsv } from "@/lib/import/files";

export const dynamic = "force-dynamic";

const FILES = {
  candidates: { name: "candor-candidates-template.csv", body: candidatesTemplateCsv },
  "work-history": { name: "candor-work-history-template.csv", body: workHistoryTemplateCsv },
  guide: { name: "candor-import-column-guide.csv", body: columnGuideCsv },
} as const;

/** ?file=candidates (default) | work-history | guide: the import templates and the column guide. */
export async function GET(request: Request) {
  if (!(await currentActor())) return NextResponse.json({ error: { code: "unauthenticated", message: "Please sign in." } }, { status: 401 });
  const key = new URL(request.url).searchParams.get("file") ?? "candidates";
  const file = FILES[key as keyof typeof FILES];
  if (!file) return NextResponse.json({ error: { code: "not_found", message: "Unknown file; use candidates, work-history or guide." } }, { status: 404 });
  return new NextResponse(file.body(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
