import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db";
async function main() {
  let seq = 0;
  for (const n of [1000, 100, 250, 500, 1000, 2500, 5000, 10000, 100, 250, 500, 1000]) {
    const rows = Array.from({ length: n }, () => ({ seq: ++seq, id: randomUUID(), at: new Date(), action: "score.computed", targetType: "candidate", targetId: randomUUID(), after: { total: 5, band: "low", ruleSetVersion: 1 }, prevHash: "x", hash: randomUUID() + randomUUID() }));
    let t = performance.now();
    let k = 0;
    while (performance.now() - t < 1500) { const start = k * n; await db.$transaction([db.auditEvent.createMany({ data: rows.map((r, i) => ({ ...r, seq: seq + start + i + 1, id: randomUUID(), hash: randomUUID() + randomUUID() })) })]); k++; }
    seq += k * n;
    const ms = performance.now() - t;
    console.log(n, "x", k, (n * k / ms * 1000).toFixed(0), "rows/s");
  }
}
main().finally(() => db.$disconnect());
