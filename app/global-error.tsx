"use client";

import "./globals.css";

/**
 * Shown when the page itself fails to render in the browser. Next's built-in screen styles itself
 * with an inline <style> that carries no nonce, which the Content-Security-Policy blocks; this one
 * uses the app's stylesheet.
 */
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en">
      <body className="flex min-h-screen items-center justify-center px-4 font-sans">
        <main className="max-w-md rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm">
          <h1 className="text-xl font-semibold">This page could not load</h1>
          <p className="mt-2 text-sm text-slate-600">
            Reload to try again.
            {error.digest ? ` If it keeps happening, quote reference ${error.digest}.` : ""}
          </p>
          <button
            type="button"
            onClick={reset}
            className="mt-6 rounded-md bg-brand-700 px-3.5 py-2 text-sm font-medium text-white"
          >
            Reload
          </button>
        </main>
      </body>
    </html>
  );
}
