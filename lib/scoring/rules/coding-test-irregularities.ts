// Source: FBI/ROK PSA 2023-10-18 (indications of cheating on coding tests).
import { observationRule } from "../observation-rule";
import { SOURCES } from "../sources";

export const codingTestIrregularities = observationRule({
  id: "coding-test-irregularities",
  title: "Irregularities in the coding test",
  family: "interview",
  defaultWeight: 35,
  description:
    "The coding test showed signs that someone else did it or that answers were relayed: long stalls followed by complete answers, pasted solutions, eye movements suggesting reading.",
  source: SOURCES.fbiPsa2023,
  field: "codingTestIrregularities",
  reason: "Reviewer recorded irregularities in the coding test",
});
