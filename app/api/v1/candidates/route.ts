import { apiRoute } from "@/lib/api/handler";
import { jsonResponse } from "@/lib/api/errors";
import { idempotent } from "@/lib/api/idempotency";
import { requestFingerprint } from "@/lib/api/idempotency-hash";
import { listCandidatesPage } from "@/lib/api/queries";
import { etagFor, parseQuery, readJsonBody } from "@/lib/api/request";
import { candidateListQuery } from "@/lib/api/schemas";
import { createCandidate } from "@/lib/data/candidates";

export const dynamic = "force-dynamic";

/** Candidates, newest first, filtered by q and band, a page at a time: `{ data, nextCursor }`. */
export const GET = apiRoute("candidates:read", async ({ request, actor }) => {
  return jsonResponse(200, await listCandidatesPage(actor, parseQuery(candidateListQuery, request)));
});

/** Creates and scores a candidate. With an Idempotency-Key a retry returns the first answer. */
export const POST = apiRoute("candidates:write", async ({ request, actor, principal, meta }) => {
  const body = await readJsonBody(request);
  const outcome = await idempotent(
    {
      apiKeyId: principal.keyId,
      header: request.headers.get("idempotency-key"),
      fingerprint: requestFingerprint("POST", "/api/v1/candidates", body),
      requestId: meta.requestId,
    },
    async () => {
      const created = await createCandidate(actor, body, meta);
      return { status: 201, body: { id: created.id, version: 1, score: created.score } };
    },
  );
  const headers: Record<string, string> = outcome.replayed ? { "Idempotent-Replayed": "true" } : {};
  if (outcome.status === 201) {
    const { id } = outcome.body as { id: string };
    headers.Location = new URL(`/api/v1/candidates/${encodeURIComponent(id)}`, request.url).toString();
    headers.ETag = etagFor(1);
  }
  return jsonResponse(outcome.status, outcome.body, headers);
});
