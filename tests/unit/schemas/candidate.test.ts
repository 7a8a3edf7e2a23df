import { describe, expect, test } from "vitest";
import {
  candidateInputSchema,
  candidateListQuerySchema,
  isWebUrl,
  type CandidateInput,
} from "@/lib/schemas/candidate";
import { fieldErrorsFromIssues } from "@/lib/errors";

const valid: CandidateInput = {
  fullName: "Maria Gonzalez",
  email: "Maria.Gonzalez@Example.com ",
  phone: "+1 512 555 0143",
  claimedCountry: "us",
  timezone: "America/Chicago",
  role: "backend_engineer",
  seniority: "senior",
  requestedRate: "85",
  workHistory: [
    {
      employer: "Bluebonnet",
      title: "Engineer",
      startDate: "2020-01-01",
      endDate: "",
      verification: "verified",
    },
  ],
  paymentMethod: "bank",
  videoCallOutcome: "completed",
};

function errorsOf(input: unknown) {
  const r = candidateInputSchema.safeParse(input);
  return r.success ? {} : fieldErrorsFromIssues(r.error.issues);
}

describe("candidate schema", () => {
  test("accepts a form submission and normalises it", () => {
    const p = candidateInputSchema.parse(valid);
    expect(p.email).toBe("maria.gonzalez@example.com");
    expect(p.claimedCountry).toBe("US");
    expect(p.requestedRate).toBe(85);
    expect(p.workHistory[0]?.endDate).toBeUndefined();
    // Observations not recorded stay null, so the engine can say "not evaluated".
    expect(p.faceSwapSuspected).toBeNull();
    expect(p.phoneType).toBe("unknown");
    expect(p.skills).toEqual([]);
  });

  test.each([
    [
      "yes/no strings from a select",
      { faceSwapSuspected: "true", requestsOwnDevice: "false" },
      { faceSwapSuspected: true, requestsOwnDevice: false },
    ],
    [
      "empty counts become undefined",
      { paymentAccountCount: "", videoCallReschedules: "" },
      { paymentAccountCount: undefined, videoCallReschedules: undefined },
    ],
    [
      "numeric strings are coerced",
      { paymentDetailChanges: "3", activeHoursStartUtc: "0", activeHoursEndUtc: "9" },
      { paymentDetailChanges: 3, activeHoursStartUtc: 0, activeHoursEndUtc: 9 },
    ],
    [
      "the new yes/no observations",
      { paymentInAdvanceRequested: "true", shippingAddressChangedBeforeShipment: "false" },
      { paymentInAdvanceRequested: true, shippingAddressChangedBeforeShipment: false },
    ],
    [
      "empty choices are not recorded",
      { intermediary: "", onlineProfilesMatchResume: "" },
      { intermediary: undefined, onlineProfilesMatchResume: undefined },
    ],
    [
      "a posted range from a form",
      { postedRateMin: "80", postedRateMax: "110.50" },
      { postedRateMin: 80, postedRateMax: 110.5 },
    ],
    [
      "IP sessions from a form",
      { sessionsObserved: "12", distinctIpsObserved: "3", distinctIpCountriesObserved: "1" },
      { sessionsObserved: 12, distinctIpsObserved: 3, distinctIpCountriesObserved: 1 },
    ],
    [
      "an all-blank education is not recorded",
      { education: { institution: " ", country: "", degree: "", startYear: "", endYear: "" } },
      { education: undefined },
    ],
    [
      "a partial education",
      { education: { institution: "UT Austin", country: "us", degree: "", startYear: "", endYear: "2016" } },
      { education: { institution: "UT Austin", country: "US", endYear: 2016 } },
    ],
    [
      "registry fields of a position",
      { workHistory: [{ ...valid.workHistory![0]!, country: "gb", registryStatus: "not_found" }] },
      { workHistory: [{ country: "GB", registryStatus: "not_found" }] },
    ],
    [
      "blank registry fields of a position",
      { workHistory: [{ ...valid.workHistory![0]!, country: "", registryStatus: "" }] },
      { workHistory: [{ country: undefined, registryStatus: undefined }] },
    ],
  ])("%s", (_name, extra, expected) => {
    expect(candidateInputSchema.parse({ ...valid, ...extra })).toMatchObject(expected);
  });

  test.each([
    ["missing name", { fullName: "  " }, "fullName", "Name is required"],
    ["bad email", { email: "nope" }, "email", "Enter a valid email address"],
    [
      "bad phone",
      { phone: "call me" },
      "phone",
      "Enter a phone number with country code, e.g. +1 555 010 2030",
    ],
    [
      "three-letter country",
      { claimedCountry: "USA" },
      "claimedCountry",
      "Use a two-letter country code, e.g. US",
    ],
    [
      "unknown time zone",
      { timezone: "Mars/Olympus" },
      "timezone",
      "Unknown time zone; use an IANA name such as America/Chicago",
    ],
    ["unknown role", { role: "wizard" }, "role", "Choose a role"],
    ["missing rate", { requestedRate: "" }, "requestedRate", "Enter the requested hourly rate in USD"],
    ["negative rate", { requestedRate: -5 }, "requestedRate", "Rate must be above zero"],
    ["absurd rate", { requestedRate: 5000 }, "requestedRate", "At most 2000 USD per hour"],
    ["missing payment", { paymentMethod: "" }, "paymentMethod", "Choose a payment preference"],
    [
      "missing video outcome",
      { videoCallOutcome: undefined },
      "videoCallOutcome",
      "Choose the video-call outcome",
    ],
    ["fractional count", { paymentAccountCount: "1.5" }, "paymentAccountCount", "Must be a whole number"],
    [
      "hour out of range",
      { activeHoursStartUtc: 24, activeHoursEndUtc: 3 },
      "activeHoursStartUtc",
      "At most 23",
    ],
    [
      "half of the active hours",
      { activeHoursStartUtc: 3 },
      "activeHoursEndUtc",
      "Give both the start and the end of the active hours, or neither",
    ],
    [
      "end before start",
      {
        workHistory: [
          {
            employer: "A",
            title: "B",
            startDate: "2022-01-01",
            endDate: "2020-01-01",
            verification: "verified",
          },
        ],
      },
      "workHistory.0.endDate",
      "End date must be on or after the start date",
    ],
    [
      "bad date",
      { workHistory: [{ employer: "A", title: "B", startDate: "last spring", verification: "verified" }] },
      "workHistory.0.startDate",
      "Use a date like 2024-03-01",
    ],
    [
      "half a posted range",
      { postedRateMin: 80 },
      "postedRateMax",
      "Give both ends of the posted rate range, or neither",
    ],
    [
      "an upside-down posted range",
      { postedRateMin: 120, postedRateMax: 80 },
      "postedRateMax",
      "The posted maximum must be at least the posted minimum",
    ],
    [
      "a posted rate with fractions of a cent",
      { postedRateMin: 80.001, postedRateMax: 90 },
      "postedRateMin",
      "Use at most two decimal places (cents)",
    ],
    [
      "more IP countries than addresses",
      { distinctIpsObserved: 2, distinctIpCountriesObserved: 3 },
      "distinctIpCountriesObserved",
      "There cannot be more countries than distinct IP addresses",
    ],
    [
      "an unknown intermediary",
      { intermediary: "cousin" },
      "intermediary",
      "Choose who answers for the candidate",
    ],
    [
      "an unknown profile check",
      { onlineProfilesMatchResume: "maybe" },
      "onlineProfilesMatchResume",
      "Choose whether the online profiles match the resume",
    ],
    [
      "a yes/no that is neither",
      { paymentInAdvanceRequested: "perhaps" },
      "paymentInAdvanceRequested",
      "Invalid input: expected boolean, received string",
    ],
    ["experience out of range", { yearsExperienceClaimed: 99 }, "yearsExperienceClaimed", "At most 60"],
    [
      "graduating before starting",
      { education: { startYear: 2016, endYear: 2012 } },
      "education.endYear",
      "The end year must be the start year or later",
    ],
    [
      "a year that is not one",
      { education: { endYear: "soon" } },
      "education.endYear",
      "Enter a year like 2016",
    ],
    [
      "a three-letter education country",
      { education: { country: "USA" } },
      "education.country",
      "Use a two-letter country code, e.g. US",
    ],
    [
      "an unknown registry status",
      {
        workHistory: [
          {
            employer: "A",
            title: "B",
            startDate: "2020-01-01",
            verification: "verified",
            registryStatus: "gone",
          },
        ],
      },
      "workHistory.0.registryStatus",
      "Choose a registry status",
    ],
    [
      "profile without a URL",
      { onlineProfiles: [{ kind: "github", url: "github" }] },
      "onlineProfiles.0.url",
      "Enter a full URL, e.g. https://github.com/name",
    ],
    [
      "a javascript: profile link (stored XSS)",
      { onlineProfiles: [{ kind: "github", url: "javascript:alert(document.cookie)" }] },
      "onlineProfiles.0.url",
      "Only http:// and https:// addresses are accepted",
    ],
    [
      "a javascript: link disguised with // and mixed case",
      { onlineProfiles: [{ kind: "other", url: "JaVaScRiPt://github.com/%0aalert(1)" }] },
      "onlineProfiles.0.url",
      "Only http:// and https:// addresses are accepted",
    ],
    [
      "a data: profile link",
      { onlineProfiles: [{ kind: "other", url: "data:text/html,<script>alert(1)</script>" }] },
      "onlineProfiles.0.url",
      "Only http:// and https:// addresses are accepted",
    ],
    [
      "a file: profile link",
      { onlineProfiles: [{ kind: "other", url: "file:///etc/passwd" }] },
      "onlineProfiles.0.url",
      "Only http:// and https:// addresses are accepted",
    ],
  ])("rejects %s with a field-level message", (_name, patch, field, message) => {
    expect(errorsOf({ ...valid, ...patch })[field]).toContain(message);
  });
});

describe("list query", () => {
  test("falls back to safe defaults for nonsense", () => {
    expect(candidateListQuerySchema.parse({ sort: "drop table", page: "-3", pageSize: "100000" })).toEqual({
      sort: "date_desc",
      page: 1,
      pageSize: 20,
    });
  });
  test("keeps valid filters", () => {
    expect(
      candidateListQuerySchema.parse({
        q: " kim ",
        band: "high",
        sort: "score_desc",
        page: "2",
        pageSize: "50",
      }),
    ).toEqual({ q: "kim", band: "high", sort: "score_desc", page: 2, pageSize: 50 });
  });
});

describe("text the database can store", () => {
  const base = () => ({ ...valid });
  test.each([
    ["a NUL character", "Lee\u0000 Min"],
    ["a lone high surrogate", "Lee \ud83d Min"],
    ["a lone low surrogate", "Lee \ude00 Min"],
  ])("%s in a free-text field is a field error", (_label, fullName) => {
    const r = candidateInputSchema.safeParse({ ...base(), fullName });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["fullName"]);
  });

  test("emoji (a surrogate pair) and Hangul are kept", () => {
    const r = candidateInputSchema.safeParse({ ...base(), fullName: "김민준 😀", notes: "Prefers 🇰🇷 time" });
    expect(r.success).toBe(true);
    expect(r.data?.fullName).toBe("김민준 😀");
  });
});

describe("the requested rate", () => {
  test.each([[92.5], [92.15], [0.01], [2000]])("%d is accepted", (requestedRate) => {
    expect(candidateInputSchema.safeParse({ ...valid, requestedRate }).success).toBe(true);
  });
  test.each([[92.155], [0.1 + 0.2], [123.45678901234568]])(
    "%d has more than cents and is refused",
    (requestedRate) => {
      const r = candidateInputSchema.safeParse({ ...valid, requestedRate });
      expect(r.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
        "requestedRate: Use at most two decimal places (cents)",
      ]);
    },
  );
});

describe("links rendered from stored profile URLs (old rows may predate the http(s) rule)", () => {
  test.each([
    ["https://github.com/maria", true],
    ["http://example.com/p", true],
    ["javascript:alert(1)", false],
    ["  JAVASCRIPT:alert(1)", false],
    ["\tjava\nscript:alert(1)", false],
    ["data:text/html,<b>x</b>", false],
    ["vbscript:msgbox(1)", false],
    ["not a url", false],
  ])("a javascript: link is never clickable: %j -> %s", (url, clickable) => {
    expect(isWebUrl(url)).toBe(clickable);
  });
});
