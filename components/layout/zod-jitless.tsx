"use client";

import { z } from "zod";

// zod 4 checks whether it may compile its parsers with `new Function` the first time a form's
// schema runs; the Content-Security-Policy allows no eval, so the browser reports that check as a
// violation. In the browser, parse without compiling (the forms' schemas are small).
z.config({ jitless: true });

/** Rendered once by the root layout so the setting above runs before any page's form code. */
export function ZodJitless() {
  return null;
}
