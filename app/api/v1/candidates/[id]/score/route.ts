import { apiRoute } from "@/lib/api/handler";
import { jsonResponse } from "@/lib/api/errors";
import { candidateResource } from "@/lib/api/queries";
import { etagFor } from "@/lib/api/request";
import { getCandidate } from "@/lib/data/candidates";

export const dynamic = "force-dynamic";

/** Just the scores: the latest with its breakdown, and the history. */
export const GET = apiRoute<{ id: string }>("candidates:read", async ({ params, actor, meta }) => {
  const { id, version, score, history } = candidateResource(await getCandidate(actor, params.id, meta));
  return jsonResponse(200, { candidateId: id, version, score, history }, { ETag: etagFor(version) });
});
