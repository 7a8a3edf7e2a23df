import { score, RULES } from "@/lib/scoring";
import { scoringContext } from "../fixtures/profiles/base";
import { generateMany } from "../fixtures/profiles/generate";
const data = generateMany(4242, 30000);
const ps = data.map(d => d.profile); const cs = data.map(d => scoringContext(d.context));
for (let r = 0; r < 3; r++) { const t = performance.now(); let s = 0; for (let i = 0; i < ps.length; i++) s += score(ps[i]!, cs[i]!).total; console.log("score", ((performance.now()-t)*1000/ps.length).toFixed(2), "us", s); }
const per: [string, number][] = [];
for (const rule of RULES) { const t = performance.now(); for (let k=0;k<3;k++) for (let i = 0; i < ps.length; i++) rule.evaluate(ps[i]!, cs[i]!); per.push([rule.id, (performance.now()-t)*1000/ps.length/3]); }
per.sort((a,b)=>b[1]-a[1]); console.log(per.slice(0,12).map(([a,b])=>`${a} ${b.toFixed(3)}us`).join("\n"));
