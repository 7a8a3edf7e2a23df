import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const db = await checkDatabase();
  if (db.ok) return NextResponse.json({ status: "ok", db: "ok" });
  return NextResponse.json({ status: "error", db: "unreachable", reason: db.reason }, { status: 503 });
}
