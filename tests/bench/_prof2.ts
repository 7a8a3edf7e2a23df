import { score } from "@/lib/scoring";
import { scoringContext } from "../fixtures/profiles/base";
import { generateMany } from "../fixtures/profiles/generate";
const n = Number(process.argv[2] ?? 1000), loops = Number(process.argv[3] ?? 50);
const data = generateMany(4242, n);
const ps = data.map(d => d.profile); const cs = data.map(d => scoringContext(d.context));
for (let r = 0; r < 5; r++) { const t = performance.now(); let s = 0; for (let l = 0; l < loops; l++) for (let i = 0; i < ps.length; i++) s += score(ps[i]!, cs[i]!).total; console.log("score", ((performance.now()-t)*1000/ps.length/loops).toFixed(2), "us"); }
