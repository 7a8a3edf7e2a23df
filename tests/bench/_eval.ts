import { generateLabelled } from "../fixtures/profiles/generate";
import { scoringContext } from "../fixtures/profiles/base";
import { score } from "@/lib/scoring";
const e = generateLabelled();
const m: Record<string, Record<string, number>> = { fraud: {}, honest: {} };
const low: string[] = [];
for (const x of e) {
  const s = score(x.profile, scoringContext(x.context));
  m[x.label]![s.band] = (m[x.label]![s.band] ?? 0) + 1;
  if ((x.label === "fraud" && (s.band === "low" || s.band === "medium")) || (x.label === "honest" && (s.band === "high" || s.band === "critical")))
    low.push(`${x.id} ${x.label} ${x.pattern} ${s.total} [${x.signals.join(",")}] fired=${s.fired.map(f => `${f.ruleId}:${f.points}`).join(",")}`);
}
console.log(m); console.log(low.join("\n"));
const counts: Record<string, Record<string, number>> = { fraud: {}, honest: {} };
for (const x of e) for (const f of score(x.profile, scoringContext(x.context)).fired) counts[x.label]![f.ruleId] = (counts[x.label]![f.ruleId] ?? 0) + 1;
console.log(counts.honest);
const hs = e.filter(x => x.label === "honest").map(x => score(x.profile, scoringContext(x.context)).total).sort((a,b)=>a-b);
console.log(hs.join(" "));
const fs2 = e.filter(x => x.label === "fraud").map(x => score(x.profile, scoringContext(x.context)).total).sort((a,b)=>a-b);
console.log(fs2.join(" "));
