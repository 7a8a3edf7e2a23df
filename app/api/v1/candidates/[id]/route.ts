import { apiRoute } from "@/lib/api/handler";
import { jsonResponse } from "@/lib/api/errors";
import { candidateResource, mergePatch, storedProfile } from "@/lib/api/queries";
import { etagFor, expectedVersion, isPlainObject, readJsonBody } from "@/lib/api/request";
import { getCandidate, updateCandidate } from "@/lib/data/candidates";
import { ValidationError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** The profile, its latest score with the full breakdown, and its score history. Reading is audited. */
export const GET = apiRoute<{ id: string }>("candidates:read", async ({ params, actor, meta }) => {
  const detail = await getCandidate(actor, params.id, meta);
  return jsonResponse(200, candidateResource(detail), { ETag: etagFor(detail.version) });
});

/**
 * A merge patch of the profile from a known version (`version` in the body or If-Match). If the
 * candidate changed since, 409: read it again and reapply the change.
 */
export const PATCH = apiRoute<{ id: string }>(
  "candidates:write",
  async ({ request, params, actor, meta }) => {
    const body = await readJsonBody(request);
    if (!isPlainObject(body))
      throw new ValidationError({ _form: ["Send a JSON object with the fields to change"] });
    const version = expectedVersion(body, request.headers.get("if-match"));
    const merged = mergePatch(await storedProfile(actor, params.id), body);
    const updated = await updateCandidate(actor, params.id, version, merged, meta);
    return jsonResponse(
      200,
      { id: updated.id, version: updated.version, score: updated.score },
      { ETag: etagFor(updated.version) },
    );
  },
);
