import { sessionRoute } from "@/lib/api/session-route";
import { readJsonBody } from "@/lib/api/request";
import { prepareWhatIf } from "@/lib/data/what-if";
import { isAppError, ValidationError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * POST { draftId }: re-scores the stored candidates under the draft and the published version
 * and streams NDJSON: `{"type":"progress","done":n,"total":n}` lines, then one
 * `{"type":"result","result":{…}}` (or `{"type":"error","message":…}`). Admins only; the data
 * layer checks the permission before anything is streamed.
 */
export const POST = sessionRoute(async ({ request, actor, meta }) => {
  const body = await readJsonBody(request);
  const draftId =
    typeof body === "object" && body !== null ? (body as { draftId?: unknown }).draftId : undefined;
  if (typeof draftId !== "string" || draftId === "")
    throw new ValidationError({ draftId: ['Send { "draftId": "…" }.'] }, 'Send { "draftId": "…" }.');

  // A prepared run holds one of the two what-if slots until it executes, so nothing may fail between here and the stream.
  const run = await prepareWhatIf(actor, draftId);

  const encoder = new TextEncoder();
  const abort = new AbortController();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (line: object) => {
        if (!abort.signal.aborted) controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      };
      send({ type: "progress", done: 0, total: run.total });
      void run
        .execute((p) => send({ type: "progress", ...p }), abort.signal)
        .then((result) => send({ type: "result", result }))
        .catch((e: unknown) => {
          if (abort.signal.aborted) return;
          console.error(`[${meta.requestId}] what-if failed`, e);
          send({
            type: "error",
            message: isAppError(e)
              ? e.message
              : `The what-if failed. Please try again; if it keeps happening, quote reference ${meta.requestId}.`,
          });
        })
        .finally(() => {
          if (!abort.signal.aborted) controller.close();
        });
    },
    cancel() {
      // The browser went away: stop scoring at the next page.
      abort.abort();
    },
  });
  request.signal.addEventListener("abort", () => abort.abort());
  return new Response(stream, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Accel-Buffering": "no",
    },
  });
});
