import { publicRoute } from "@/lib/api/handler";
import { ApiError } from "@/lib/api/errors";

export const dynamic = "force-dynamic";

/** Anything under /api/v1 that is not an operation answers in the API's error shape, not with an HTML page. */
const notFound = publicRoute<{ path: string[] }>(async (_request, params) => {
  throw new ApiError(
    404,
    "not_found",
    `There is no API operation at /api/v1/${params.path.join("/")}. See /api/v1/openapi.json.`,
  );
});

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
