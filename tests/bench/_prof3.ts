import { score, RULES, DEFAULT_RULE_SET, type RuleSet } from "@/lib/scoring";
import { scoringContext } from "../fixtures/profiles/base";
import { generateMany } from "../fixtures/profiles/generate";
const data = generateMany(4242, 2000);
const ps = data.map(d => d.profile); const cs = data.map(d => scoringContext(d.context));
function time(rs: RuleSet) { let best = 1e9; for (let r = 0; r < 6; r++) { const t = performance.now(); for (let l = 0; l < 20; l++) for (let i = 0; i < ps.length; i++) score(ps[i]!, cs[i]!, rs); best = Math.min(best, (performance.now()-t)*1000/ps.length/20); } return best; }
const only = (ids: string[]): RuleSet => ({ ...DEFAULT_RULE_SET, rules: Object.fromEntries(ids.map(id => [id, { enabled: true, weight: 20 }])) });
console.log("none", time(only([])).toFixed(2));
console.log("all", time(DEFAULT_RULE_SET).toFixed(2));
for (const r of RULES) console.log(r.id, time(only([r.id])).toFixed(2));
