import { describe, expect, test } from "vitest";
import { listOf, profileOf, readCell, unescapeCell } from "@/lib/import/values";
import { PAYMENT_METHODS, ROLES, SENIORITIES, VIDEO_CALL_OUTCOMES } from "@/lib/schemas/candidate";

const value = (
  field: string,
  kind: Parameters<typeof readCell>[1],
  raw: string,
  values?: readonly string[],
) => {
  const r = readCell(field, kind, raw, values);
  return r.ok ? r.value : { error: r.message };
};

describe("cell values", () => {
  test.each([
    ["Yes", true],
    ["y", true],
    ["TRUE", true],
    ["1", true],
    ["No", false],
    ["false", false],
    ["0", false],
    ["", null],
    ["  ", null],
  ])("yes/no %j", (raw, expected) => {
    expect(value("faceSwapSuspected", "boolean", raw)).toBe(expected);
  });

  test("an unreadable yes/no is the row's problem, with the text found", () => {
    expect(value("faceSwapSuspected", "boolean", "maybe")).toEqual({
      error: expect.stringMatching(/yes or no.*maybe/),
    });
  });

  test.each([
    ["88", "88"],
    ["$85", "85"],
    ["85 USD", "85"],
    ["85/hr", "85"],
    ["USD 40.50", "40.50"],
    ["$1,200", "1200"],
    ["", ""],
    ["eighty", "eighty"],
  ])("rate %j", (raw, expected) => {
    expect(value("requestedRate", "number", raw)).toBe(expected);
  });

  test.each([
    ["role", "Backend engineer", ROLES, "backend_engineer"],
    ["role", "Full-stack engineer", ROLES, "fullstack_engineer"],
    ["role", "backend_engineer", ROLES, "backend_engineer"],
    ["seniority", "Mid-level", SENIORITIES, "mid"],
    ["seniority", "Sr", SENIORITIES, "senior"],
    ["seniority", "Staff", SENIORITIES, "lead"],
    ["paymentMethod", "PayPal", PAYMENT_METHODS, "payment_platform"],
    ["paymentMethod", "Bank transfer", PAYMENT_METHODS, "bank"],
    ["videoCallOutcome", "Camera off", VIDEO_CALL_OUTCOMES, "camera_off"],
    ["seniority", "Wizard", SENIORITIES, "Wizard"],
  ] as const)("%s %j", (field, raw, values, expected) => {
    expect(value(field, "enum", raw, values)).toBe(expected);
  });

  test("an empty enum cell is not recorded (the schema's default or its required message applies)", () => {
    expect(value("phoneType", "enum", "")).toBeUndefined();
  });

  test.each([
    ["us", "US"],
    ["USA", "US"],
    ["Germany", "DE"],
    ["United Kingdom", "GB"],
    ["north korea", "KP"],
    ["Atlantis", "Atlantis"],
    ["", ""],
  ])("country %j", (raw, expected) => {
    expect(value("claimedCountry", "country", raw)).toBe(expected);
  });

  test("lists split on semicolons; profiles get a scheme and a kind", () => {
    expect(listOf(" Go; PostgreSQL ;;Kubernetes ")).toEqual(["Go", "PostgreSQL", "Kubernetes"]);
    expect(value("skills", "list", "")).toEqual([]);
    expect(
      value(
        "onlineProfiles",
        "profiles",
        "linkedin.com/in/ann; https://github.com/ann; https://www.upwork.com/fl/ann; https://ann.dev",
      ),
    ).toEqual([
      { kind: "linkedin", url: "https://linkedin.com/in/ann" },
      { kind: "github", url: "https://github.com/ann" },
      { kind: "freelance", url: "https://www.upwork.com/fl/ann" },
      { kind: "other", url: "https://ann.dev" },
    ]);
    expect(profileOf("not a url at all").kind).toBe("other");
  });

  test("a spreadsheet's formula escape is taken off; other apostrophes stay", () => {
    expect(unescapeCell("'+1 415 555 0100")).toBe("+1 415 555 0100");
    expect(unescapeCell("'=cmd")).toBe("=cmd");
    expect(unescapeCell("O'Brien")).toBe("O'Brien");
    expect(value("phone", "text", "'+1 415 555 0100")).toBe("+1 415 555 0100");
  });
});
