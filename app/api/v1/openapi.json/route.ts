import { publicRoute } from "@/lib/api/handler";
import { jsonResponse } from "@/lib/api/errors";
import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of this API, generated from the same zod schemas the handlers use. No key needed. */
export const GET = publicRoute(async () =>
  jsonResponse(200, openApiDocument(), { "Cache-Control": "public, max-age=300" }),
);
