"use client";

import { useRef, useState } from "react";
import type { WhatIfResult } from "@/lib/data/what-if";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { WhatIfResults } from "./what-if-results";

type Line =
  | { type: "progress"; done: number; total: number }
  | { type: "result"; result: WhatIfResult }
  | { type: "error"; message: string };

/** Reads the NDJSON stream of /api/admin/what-if: progress lines, then the result. */
async function streamWhatIf(
  draftId: string,
  signal: AbortSignal,
  onLine: (line: Line) => void,
): Promise<void> {
  const res = await fetch("/api/admin/what-if", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ draftId }),
    signal,
  });
  if (!res.ok || !res.body) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `The what-if could not start (HTTP ${res.status}).`);
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const text = buffer.slice(0, nl).trim();
      buffer = buffer.slice(nl + 1);
      if (text) onLine(JSON.parse(text) as Line);
    }
  }
}

export function WhatIfPanel({
  draftId,
  publishedVersion,
  save,
}: {
  draftId: string;
  publishedVersion: number;
  save: () => Promise<boolean>;
}) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<WhatIfResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const abort = useRef<AbortController | null>(null);

  async function run() {
    setError(null);
    if (!(await save())) return setError("Fix the draft first: the what-if runs on the saved draft.");
    setRunning(true);
    setResult(null);
    setProgress({ done: 0, total: 0 });
    abort.current = new AbortController();
    try {
      await streamWhatIf(draftId, abort.current.signal, (line) => {
        if (line.type === "progress") setProgress({ done: line.done, total: line.total });
        else if (line.type === "result") setResult(line.result);
        else setError(line.message);
      });
    } catch (e) {
      if (!abort.current.signal.aborted) setError(e instanceof Error ? e.message : "The what-if failed.");
    } finally {
      setRunning(false);
    }
  }

  const pct = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Card
      title="What would this change?"
      description={`Every stored candidate is scored under v${publishedVersion} and under this draft, with the same date, identity-reuse links and watchlist matches, so only the rule change shows. Nothing is saved.`}
      actions={
        running ? (
          <Button type="button" variant="secondary" onClick={() => abort.current?.abort()}>
            Stop
          </Button>
        ) : (
          <Button type="button" className="whitespace-nowrap" onClick={() => void run()}>
            Run what-if
          </Button>
        )
      }
    >
      {progress && (running || !result) && !error && (
        <div className="mb-4">
          <div
            className="h-2.5 overflow-hidden rounded bg-slate-100"
            role="progressbar"
            aria-label="What-if progress"
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.done}
          >
            <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${pct}%` }} />
          </div>
          <p className="mt-1 text-xs text-slate-600">
            {progress.done.toLocaleString("en-US")} of {progress.total.toLocaleString("en-US")} candidates
            scored
          </p>
        </div>
      )}
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      {result ? (
        <WhatIfResults result={result} />
      ) : (
        !running &&
        !error && (
          <p className="text-sm text-slate-600">
            Run it after each change to see who would move between bands and whose case would open or close.
          </p>
        )
      )}
    </Card>
  );
}
