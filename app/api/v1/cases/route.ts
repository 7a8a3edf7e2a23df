import { apiRoute } from "@/lib/api/handler";
import { jsonResponse } from "@/lib/api/errors";
import { listCasesPage } from "@/lib/api/queries";
import { parseQuery } from "@/lib/api/request";
import { caseListQuery } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

/** Security cases, most recently opened first, filtered by status and band: `{ data, nextCursor }`. */
export const GET = apiRoute("cases:read", async ({ request, actor }) => {
  return jsonResponse(200, await listCasesPage(actor, parseQuery(caseListQuery, request)));
});
