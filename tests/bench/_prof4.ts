import { getRule } from "@/lib/scoring";
import { dayNumber } from "@/lib/scoring/helpers";
import { scoringContext } from "../fixtures/profiles/base";
import { generateMany } from "../fixtures/profiles/generate";
const data = generateMany(4242, 2000);
const ps = data.map(d => d.profile); const cs = data.map(d => scoringContext(d.context));
const r = getRule("employment-timeline")!;
for (let k = 0; k < 5; k++) { const t = performance.now(); for (let l = 0; l < 50; l++) for (let i = 0; i < ps.length; i++) r.evaluate(ps[i]!, cs[i]!); console.log("timeline", ((performance.now()-t)*1000/ps.length/50).toFixed(3)); }
let x = 0; const t = performance.now(); for (let l = 0; l < 1e6; l++) x += dayNumber("2021-03-0" + (l % 9 + 1)); console.log("dayNumber ns", ((performance.now()-t)*1e6/1e6).toFixed(1), x);
const avg = ps.reduce((s,p)=>s+p.workHistory.length,0)/ps.length; console.log("avg history", avg);
