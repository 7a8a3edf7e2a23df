import { NextResponse } from "next/server";
import { currentActor } from "@/lib/auth/guards";
import { exportRuleSet } from "@/lib/data/rule-admin";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** GET: one published version as a JSON file, in the format the draft import accepts back. Admins only. */
export async function GET(_request: Request, { params }: { params: Promise<{ version: string }> }) {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ error: { code: "unauthenticated", message: "Please sign in." } }, { status: 401 });
  const { version: raw } = await params;
  const version = Number(raw);
  if (!/^\d{1,9}$/.test(raw) || version < 1) return NextResponse.json({ error: { code: "not_found", message: "Not found." } }, { status: 404 });
  try {
    const doc = await exportRuleSet(actor, version);
    return new NextResponse(`${JSON.stringify(doc, null, 2)}\n`, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="candor-rule-set-v${version}.json"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: { code: e.code, message: e.message } }, { status: e.status });
    throw e;
  }
}
