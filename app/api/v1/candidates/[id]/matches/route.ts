import { apiRoute } from "@/lib/api/handler";
import { jsonResponse } from "@/lib/api/errors";
import { candidateMatches } from "@/lib/data/screening";

export const dynamic = "force-dynamic";

/** A stored candidate's watchlist matches and where their review stands. */
export const GET = apiRoute<{ id: string }>("screening:read", async ({ params, actor, meta }) => {
  return jsonResponse(200, await candidateMatches(actor, params.id, meta));
});
