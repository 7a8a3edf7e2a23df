import { NextResponse } from "next/server";
import { sessionRoute } from "@/lib/api/session-route";
import { getImportJob } from "@/lib/data/candidate-import";

export const dynamic = "force-dynamic";

/** Progress of an import, for the person who started it (the import page polls this). */
export const GET = sessionRoute<{ id: string }>(async ({ params, actor }) =>
  NextResponse.json(await getImportJob(actor, params.id), {
    headers: { "Cache-Control": "private, no-store" },
  }),
);
