import { describe, expect, test } from "vitest";
import {
  autoMap,
  CANDIDATE_FIELDS,
  mappingProblems,
  normaliseHeader,
  REQUIRED_FIELDS,
} from "@/lib/import/fields";
import { candidateInputSchema } from "@/lib/schemas/candidate";

describe("header auto-mapping", () => {
  test("compares letters and digits only, without case or accents", () => {
    for (const h of ["Full Name", "fullName", "full_name", " FULL-NAME "])
      expect(normaliseHeader(h)).toBe("fullname");
    expect(normaliseHeader(" E-MAIL ")).toBe("email");
    expect(normaliseHeader("Hourly rate (USD)")).toBe("hourlyrateusd");
    expect(normaliseHeader("Téléphone")).toBe("telephone");
    expect(normaliseHeader("LinkedIn URL")).toBe(normaliseHeader("linkedin url"));
  });

  test("recognises the field keys themselves (the template's header)", () => {
    const keys = CANDIDATE_FIELDS.map((f) => f.key);
    expect(autoMap(keys)).toEqual(keys);
  });

  test("recognises common ATS header names", () => {
    const header = [
      "Candidate ID",
      "Full Name",
      "E-mail",
      "Phone Number",
      "Country",
      "City",
      "Time Zone",
      "Position",
      "Level",
      "Hourly rate",
      "Skill set",
      "LinkedIn URL",
      "GitHub",
      "Payment method",
      "Video interview",
      "Resume",
      "Comments",
      "Source",
    ];
    expect(autoMap(header)).toEqual([
      "externalId",
      "fullName",
      "email",
      "phone",
      "claimedCountry",
      "claimedCity",
      "timezone",
      "role",
      "seniority",
      "requestedRate",
      "skills",
      "onlineProfiles",
      "onlineProfiles",
      "paymentMethod",
      "videoCallOutcome",
      "resumeText",
      "notes",
      "",
    ]);
  });

  test("a scalar field takes the first matching column only; the labels win over synonyms", () => {
    expect(autoMap(["Email", "E-mail"])).toEqual(["email", ""]);
    expect(autoMap(["Rate", "Requested rate (USD per hour)"])).toEqual(["requestedRate", ""]);
  });

  test("every schema field that fits a cell has a column; every column is a schema field", () => {
    const schemaKeys = Object.keys(candidateInputSchema.shape);
    // A nested field (education) is fed by one column per part: education.endYear and so on.
    const columns = [...new Set(CANDIDATE_FIELDS.map((f) => f.key.split(".")[0] ?? f.key))];
    expect(schemaKeys.filter((k) => !columns.includes(k)).sort()).toEqual(["references", "workHistory"]);
    expect(columns.filter((k) => !schemaKeys.includes(k))).toEqual([]);
  });

  test("mappingProblems names duplicates, unknown fields and unmapped required fields", () => {
    const p = mappingProblems(["fullName", "fullName", "skills", "skills", "bogus"]);
    expect(p.duplicated).toEqual(["fullName"]);
    expect(p.unknown).toEqual(["bogus"]);
    expect(p.missingRequired).toEqual(REQUIRED_FIELDS.filter((k) => k !== "fullName"));
    expect(mappingProblems(REQUIRED_FIELDS).missingRequired).toEqual([]);
  });
});
