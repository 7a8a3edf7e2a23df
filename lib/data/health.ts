import "server-only";
import { db } from "@/lib/db";

/** A liveness probe of the database; the reason names the failure class, never a connection string. */
export async function checkDatabase(): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return { ok: true };
  } catch (e) {
    const code = typeof e === "object" && e && "code" in e ? String((e as { code: unknown }).code) : "unknown";
    return { ok: false, reason: `database query failed (${code})` };
  }
}
