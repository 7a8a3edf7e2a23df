// Source: FBI PSA 2024-05-16 (facilitators attending virtual interviews on the worker's behalf).
import { observationRule } from "../observation-rule";
import { SOURCES } from "../sources";

export const thirdPartyOnCalls = observationRule({
  id: "third-party-on-calls",
  title: "Someone else took part in the calls",
  family: "interview",
  defaultWeight: 45,
  description:
    "Another person was heard or seen prompting, answering for, or speaking on behalf of the candidate during interviews.",
  source: SOURCES.fbiPsa2024,
  field: "thirdPartyOnCalls",
  reason: "A third party was present or answered during interviews",
});
