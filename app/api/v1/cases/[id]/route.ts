import { apiRoute } from "@/lib/api/handler";
import { jsonResponse } from "@/lib/api/errors";
import { caseResource } from "@/lib/api/queries";
import { etagFor } from "@/lib/api/request";
import { getCase } from "@/lib/data/case-detail";

export const dynamic = "force-dynamic";

/** One case: status, scores it opened on and has now, decision, notes and evidence metadata. */
export const GET = apiRoute<{ id: string }>("cases:read", async ({ params, actor }) => {
  const detail = await getCase(actor, params.id);
  return jsonResponse(200, caseResource(detail), { ETag: etagFor(detail.version) });
});
