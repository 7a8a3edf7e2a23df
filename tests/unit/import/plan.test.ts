import { describe, expect, test } from "vitest";
import { candidatesToCsv } from "@/lib/import/files";
import {
  buildCandidate,
  ImportFileError,
  planImport,
  planRows,
  sameProfile,
  type ImportSource,
} from "@/lib/import/plan";
import { issuesFromFieldErrors } from "@/lib/import/rows";
import { profileOf } from "@/lib/import/values";
import { candidateInputSchema, type CandidateInput } from "@/lib/schemas/candidate";
import { DEMO_CANDIDATES } from "@/prisma/seed-candidates";

const demo = (i: number, overrides: Partial<CandidateInput> = {}): CandidateInput => ({
  ...DEMO_CANDIDATES[i]!,
  externalId: `T-${i}`,
  ...overrides,
});

function plan(source: ImportSource, requireAll = true) {
  const p = planImport(source, { requireAll });
  return { plan: p, rows: planRows(p, 0, p.records.length) };
}

function refusal(source: ImportSource, requireAll = true): ImportFileError {
  try {
    planImport(source, { requireAll });
  } catch (e) {
    if (e instanceof ImportFileError) return e;
    throw e;
  }
  throw new Error("expected the file to be refused");
}

describe("planImport and buildCandidate", () => {
  test("round trip: the importer's own files give back the profile the form's schema gives (references aside)", () => {
    const inputs = [0, 1, 6, 17, 19].map((i) => demo(i));
    const files = candidatesToCsv(inputs);
    const { rows } = plan({ csv: files.candidates, workHistoryCsv: files.workHistory });
    expect(rows).toHaveLength(inputs.length);
    rows.forEach((row, i) => {
      const input = inputs[i]!;
      const built = buildCandidate(row, null);
      const expected = candidateInputSchema.parse({
        ...input,
        references: [],
        onlineProfiles: (input.onlineProfiles ?? []).map((p) => profileOf(p.url)),
      });
      expect(built).toEqual({ ok: true, profile: expected });
    });
  });

  test("round trip of the newer signals: registry lookups, education, IP sessions, intermediaries", () => {
    const inputs = DEMO_CANDIDATES.map((_, i) => demo(i)).filter(
      (c) =>
        c.education !== undefined &&
        (c.intermediary !== "none" ||
          c.sessionsObserved !== 12 ||
          c.workHistory?.some((w) => w.registryStatus === "not_found")),
    );
    expect(inputs.length).toBeGreaterThan(3);
    const files = candidatesToCsv(inputs);
    const { rows } = plan({ csv: files.candidates, workHistoryCsv: files.workHistory });
    rows.forEach((row, i) => {
      const input = inputs[i]!;
      const expected = candidateInputSchema.parse({
        ...input,
        references: [],
        onlineProfiles: (input.onlineProfiles ?? []).map((p) => profileOf(p.url)),
      });
      expect(buildCandidate(row, null)).toEqual({ ok: true, profile: expected });
    });
  });

  test("education columns are parts of one field: a file with some of them keeps the stored rest, and errors name their column", () => {
    const stored = candidateInputSchema.parse(demo(0));
    const csv = [
      "externalId,Full name,Email,Graduation year,University",
      `T-0,${stored.fullName},${stored.email},2017,Rice University`,
    ].join("\r\n");
    const { rows } = plan({ csv }, false);
    const built = buildCandidate(rows[0]!, stored);
    expect(built.ok && built.profile.education).toEqual({
      ...stored.education,
      endYear: 2017,
      institution: "Rice University",
    });
    const bad = plan({ csv: csv.replace(",2017,", ",2010,") }, false);
    const refused = buildCandidate(bad.rows[0]!, stored);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.fieldErrors["education.endYear"]).toEqual([
        "The end year must be the start year or later",
      ]);
      expect(
        issuesFromFieldErrors(2, refused.fieldErrors, bad.plan.header, bad.plan.mapping)[0]?.column,
      ).toBe("Graduation year");
    }
  });

  test("ATS headers and values: synonyms, labels, currency, country names", () => {
    const csv = [
      "Candidate ID,Full Name,E-mail,Phone Number,Country,Time Zone,Position,Level,Hourly rate,Payment method,Video interview,Skills,Source",
      "ATS-1,Ann Lee,Ann.Lee@Example.com,+1 512 555 0100,United States,America/Chicago,Backend engineer,Senior,$95,Bank transfer,Completed,Go; SQL,referral",
    ].join("\r\n");
    const { rows } = plan({ csv });
    const built = buildCandidate(rows[0]!, null);
    expect(built.ok && built.profile).toMatchObject({
      externalId: "ATS-1",
      fullName: "Ann Lee",
      email: "ann.lee@example.com",
      claimedCountry: "US",
      role: "backend_engineer",
      seniority: "senior",
      requestedRate: 95,
      paymentMethod: "bank",
      videoCallOutcome: "completed",
      skills: ["Go", "SQL"],
      workHistory: [],
      phoneType: "unknown",
    });
  });

  test("a bad row is reported with its spreadsheet row number, column, field and the form's message", () => {
    const files = candidatesToCsv([demo(0), demo(1, { email: "not-an-email", requestedRate: -5 }), demo(2)]);
    const { plan: p, rows } = plan({ csv: files.candidates });
    const results = rows.map((r) => buildCandidate(r, null));
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    const bad = results[1]!;
    if (bad.ok) throw new Error("row 3 should fail");
    const issues = issuesFromFieldErrors(rows[1]!.row, bad.fieldErrors, p.header, p.mapping);
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          file: "candidates",
          row: 3,
          column: "email",
          field: "email",
          message: "Enter a valid email address",
        },
        {
          file: "candidates",
          row: 3,
          column: "requestedRate",
          field: "requestedRate",
          message: "Rate must be above zero",
        },
      ]),
    );
  });

  test("an unreadable yes/no cell fails the row before the schema runs", () => {
    const csv = candidatesToCsv([demo(0)]).candidates.replace(
      /\r\n(.*)\r\n$/,
      (_m, row: string) => `\r\n${row.replace(/,no,/, ",perhaps,")}\r\n`,
    );
    const { rows } = plan({ csv });
    expect(rows[0]!.issues).toEqual([
      expect.objectContaining({ row: 2, message: expect.stringContaining("yes or no") }),
    ]);
  });

  test("the second row for the same candidate (externalId, else email + name) is refused, naming the first", () => {
    const a = demo(0);
    const files = candidatesToCsv([
      a,
      { ...demo(1), externalId: a.externalId },
      { ...demo(2), externalId: undefined },
      { ...demo(2), externalId: undefined, fullName: demo(2).fullName.toUpperCase() },
    ]);
    const { rows } = plan({ csv: files.candidates });
    expect(rows.map((r) => r.issues.map((i) => i.message))).toEqual([
      [],
      ["Same candidate (externalId) as row 2; only the first row is imported"],
      [],
      ["Same candidate (email and full name) as row 4; only the first row is imported"],
    ]);
  });

  test("work history joins on externalId; a bad position fails its candidate; a position for no one is an orphan", () => {
    const inputs = [demo(0), demo(1)];
    const files = candidatesToCsv(inputs);
    const history =
      files.workHistory.replace("2021-02-01", "2021-13-45") +
      "GHOST-9,Nowhere Inc,Engineer,2020-01,,verified\r\n";
    const { plan: p, rows } = plan({ csv: files.candidates, workHistoryCsv: history });
    expect(rows[0]!.issues.map((i) => [i.file, i.field])).toEqual([
      ["work-history", "startDate"],
      ["candidates", "workHistory"],
    ]);
    expect(rows[0]!.issues[0]!.row).toBe(2);
    expect(rows[1]!.issues).toEqual([]);
    expect(rows[1]!.workHistory).toEqual(candidateInputSchema.parse(inputs[1]).workHistory);
    expect(p.orphans).toEqual([
      expect.objectContaining({
        file: "work-history",
        field: "externalId",
        message: 'No row of the candidates file has externalId "GHOST-9"',
      }),
    ]);
  });

  test("file-level problems refuse the whole file", () => {
    expect(refusal({ csv: "" }).field).toBe("csv");
    expect(refusal({ csv: "fullName,email\r\n" }).message).toMatch(/no rows/);
    expect(refusal({ csv: 'a,b\r\n"unterminated' }).message).toMatch(/not valid CSV.*Line 2/);
    expect(refusal({ csv: "fullName,email\r\nAnn,a@x.test" }).message).toMatch(
      /Map a column to every required field: Phone \(phone\)/,
    );
    expect(
      refusal({ csv: "Name,Full Name\r\nx,y", mapping: ["fullName", "fullName"] }, false).message,
    ).toMatch(/More than one column/);
    expect(
      refusal({ csv: candidatesToCsv([demo(0)]).candidates, workHistoryCsv: "externalId,company\r\nT-0,X" })
        .field,
    ).toBe("workHistoryCsv");
  });

  test("the preview (requireAll: false) reports missing required fields row by row instead", () => {
    const { rows } = plan({ csv: "fullName,email\r\nAnn,ann@example.com" }, false);
    const built = buildCandidate(rows[0]!, null);
    expect(built.ok ? [] : Object.keys(built.fieldErrors)).toEqual(
      expect.arrayContaining(["phone", "timezone", "paymentMethod", "videoCallOutcome"]),
    );
  });

  test("an update keeps what the file has no column for, and takes what it has (an empty cell clears)", () => {
    const stored = candidateInputSchema.parse(
      demo(0, { notes: "Interview notes kept in Candor", faceSwapSuspected: true }),
    );
    const header =
      "externalId,fullName,email,phone,claimedCountry,timezone,role,seniority,requestedRate,paymentMethod,videoCallOutcome,claimedCity";
    const csv = `${header}\r\nT-0,${stored.fullName},${stored.email},${stored.phone},US,America/Chicago,backend_engineer,senior,120,bank,completed,\r\n`;
    const { rows } = plan({ csv });
    const built = buildCandidate(rows[0]!, stored);
    if (!built.ok) throw new Error(JSON.stringify(built.fieldErrors));
    expect(built.profile).toMatchObject({
      requestedRate: 120,
      notes: "Interview notes kept in Candor",
      faceSwapSuspected: true,
      references: stored.references,
      workHistory: stored.workHistory,
    });
    expect(built.profile.claimedCity).toBeUndefined();
    expect(sameProfile(built.profile, stored)).toBe(false);
    expect(sameProfile(stored, JSON.parse(JSON.stringify({ ...stored, unused: undefined })))).toBe(true);
  });
});
