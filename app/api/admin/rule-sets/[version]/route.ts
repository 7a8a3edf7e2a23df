import { NextResponse } from "next/server";
import { sessionRoute } from "@/lib/api/session-route";
import { exportRuleSet } from "@/lib/data/rule-admin";
import { NotFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** GET: one published version as a JSON file, in the format the draft import accepts back. Admins only. */
export const GET = sessionRoute<{ version: string }>(async ({ params, actor }) => {
  const raw = params.version;
  const version = Number(raw);
  if (!/^\d{1,9}$/.test(raw) || version < 1) throw new NotFoundError();
  const doc = await exportRuleSet(actor, version);
  return new NextResponse(`${JSON.stringify(doc, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="candor-rule-set-v${version}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
});
