import { apiRoute } from "@/lib/api/handler";
import { jsonResponse } from "@/lib/api/errors";
import { readJsonBody } from "@/lib/api/request";
import { screenSubject } from "@/lib/data/screening";

export const dynamic = "force-dynamic";

/** Screens a name and its details against the watchlists without storing a candidate. */
export const POST = apiRoute("screening:read", async ({ request, actor, meta }) => {
  return jsonResponse(200, await screenSubject(actor, await readJsonBody(request), meta));
});
