import "server-only";
import { isAppError, ValidationError, type FieldErrors } from "@/lib/errors";
import type { RequestMeta } from "@/lib/data/types";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors?: FieldErrors; code: string };

/**
 * Runs an action body and turns what it throws into something safe to show: the message of
 * an expected error, or a generic message with the request id for anything else (which is
 * logged in full on the server).
 */
export async function runAction<T>(meta: RequestMeta, body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (e) {
    if (e instanceof ValidationError)
      return { ok: false, error: e.message, fieldErrors: e.fieldErrors, code: e.code };
    if (isAppError(e)) return { ok: false, error: e.message, code: e.code };
    // Next's redirect() and notFound() work by throwing; let them through.
    if (
      e &&
      typeof e === "object" &&
      "digest" in e &&
      String((e as { digest: unknown }).digest).startsWith("NEXT_")
    )
      throw e;
    console.error(`[${meta.requestId}] unexpected error in action`, e);
    return {
      ok: false,
      error: `Something went wrong on our side. Please try again; if it keeps happening, quote reference ${meta.requestId}.`,
      code: "internal",
    };
  }
}

/**
 * An action's form argument as it arrived. Anyone can post an action with arguments of their
 * choosing, not only the page's form: anything but a FormData is a field error, not a TypeError.
 */
export function formArgument(form: unknown): FormData {
  if (!(form instanceof FormData))
    throw new ValidationError(
      { _form: ["Send the form's fields as multipart/form-data."] },
      "The upload did not arrive as a form.",
    );
  return form;
}
