import { test } from "vitest";
import { createCandidate } from "@/lib/data/candidates";
import { candidateInput, createActor, redFlagInput, requestMeta } from "./support/fixtures";

test("smoke", async () => {
  const a = await createActor("recruiter");
  const h = await createCandidate(a, candidateInput(), requestMeta());
  const r = await createCandidate(a, redFlagInput(), requestMeta());
  console.log(JSON.stringify({ h: [h.score.total, h.score.band, h.score.fired.map((f) => f.ruleId), h.score.notEvaluated.map((f) => f.ruleId)], r: [r.score.total, r.score.band, r.score.fired.map((f) => f.ruleId)] }));
});
