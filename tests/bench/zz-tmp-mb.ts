import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db";
async function main() {
  let seq = 0;
  for (const n of [500, 1000, 2000, 5000, 5000]) {
    const rows = Array.from({ length: n }, () => ({ seq: ++seq, id: randomUUID(), at: new Date(), action: "score.computed", targetType: "candidate", targetId: randomUUID(), after: { total: 5, band: "low", ruleSetVersion: 1 }, prevHash: "x", hash: randomUUID() + randomUUID() }));
    const t = performance.now();
    await db.$transaction([db.auditEvent.createMany({ data: rows })]);
    const ms = performance.now() - t;
    console.log(n, ms.toFixed(0), "ms", (n / ms * 1000).toFixed(0), "rows/s");
  }
  const t = performance.now();
  const r = await db.auditEvent.findMany({ take: 1000, orderBy: { seq: "asc" } });
  console.log("findMany 1000", (performance.now() - t).toFixed(0), r.length);
}
main().finally(() => db.$disconnect());
