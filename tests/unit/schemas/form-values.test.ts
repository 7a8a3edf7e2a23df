import { describe, expect, test } from "vitest";
import {
  emptyValues,
  payloadFromValues,
  valuesFromProfile,
} from "@/app/(dashboard)/candidates/_components/form-values";
import { candidateInputSchema, type CandidateProfile } from "@/lib/schemas/candidate";
import { cleanProfile } from "../scoring/support";

/** What the edit form would send back unchanged for a stored profile. */
const roundTrip = (p: CandidateProfile) =>
  candidateInputSchema.parse(payloadFromValues(valuesFromProfile(p)));

describe("the candidate form's values", () => {
  test("a fully recorded profile, the newer signals included, survives the form unchanged", () => {
    const p = candidateInputSchema.parse(cleanProfile());
    expect(p.education?.endYear).toBe(2016);
    expect(roundTrip(p)).toEqual(p);
  });

  test.each<[string, Partial<CandidateProfile>]>([
    [
      "red-flag values",
      {
        paymentInAdvanceRequested: true,
        shippingAddressChangedBeforeShipment: true,
        intermediary: "third_party_answering",
        onlineProfilesMatchResume: "photo_differs",
        sessionsObserved: 4,
        distinctIpsObserved: 9,
        distinctIpCountriesObserved: 4,
        postedRateMin: 80.5,
        postedRateMax: 120,
        yearsExperienceClaimed: 20,
        workHistory: [
          {
            employer: "Ghost Ltd",
            title: "Lead",
            startDate: "2019-01-01",
            verification: "unverifiable",
            country: "GB",
            registryStatus: "not_found",
          },
        ],
      },
    ],
    [
      "nothing recorded",
      {
        paymentInAdvanceRequested: null,
        shippingAddressChangedBeforeShipment: null,
        intermediary: undefined,
        onlineProfilesMatchResume: undefined,
        sessionsObserved: undefined,
        distinctIpsObserved: undefined,
        distinctIpCountriesObserved: undefined,
        postedRateMin: undefined,
        postedRateMax: undefined,
        yearsExperienceClaimed: undefined,
        education: undefined,
        workHistory: [
          { employer: "Acme", title: "Engineer", startDate: "2019-01-01", verification: "not_checked" },
        ],
      },
    ],
    ["a partial education", { education: { institution: "State University", endYear: 2020 } }],
  ])("%s round-trip", (_name, patch) => {
    const p = candidateInputSchema.parse(cleanProfile(patch));
    expect(roundTrip(p)).toEqual(p);
  });

  test("an observation absent from an older profile comes back as not recorded, never as no", () => {
    const p = candidateInputSchema.parse(
      cleanProfile({ paymentInAdvanceRequested: undefined, shippingAddressChangedBeforeShipment: undefined }),
    );
    const back = roundTrip(p);
    expect(back.paymentInAdvanceRequested).toBeNull();
    expect(back.shippingAddressChangedBeforeShipment).toBeNull();
  });

  test("an empty form sends a blank education, which is not recorded", () => {
    const v = emptyValues();
    expect(v.education).toEqual({ institution: "", country: "", degree: "", startYear: "", endYear: "" });
    const r = candidateInputSchema.safeParse(payloadFromValues(v));
    expect(r.success).toBe(false);
    expect(r.error?.issues.some((i) => i.path[0] === "education")).toBe(false);
  });
});
