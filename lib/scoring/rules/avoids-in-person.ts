// Source: FBI/ROK PSA 2023-10-18 (undue concern about drug tests or in-person meetings).
import { observationRule } from "../observation-rule";
import { SOURCES } from "../sources";

export const avoidsInPerson = observationRule({
  id: "avoids-in-person",
  title: "Avoids in-person meetings or a drug test",
  family: "communication",
  defaultWeight: 35,
  description:
    "The candidate shows undue concern about, or keeps finding reasons to avoid, an in-person meeting or a required drug test.",
  source: SOURCES.fbiPsa2023,
  field: "avoidsInPersonOrDrugTest",
  reason: "Candidate avoided an in-person meeting or a drug test",
});
