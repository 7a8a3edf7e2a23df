import { describe, expect, test } from "vitest";
import { parseCsv, writeCsv } from "@/lib/import/csv";
import { autoMap, ERROR_FILE_COLUMNS, isErrorFileColumn } from "@/lib/import/fields";
import { candidatesToCsv, errorFileCsv, rejectedRows, type ErrorFileKind } from "@/lib/import/files";
import { buildCandidate, planImport, planRows, type ImportPlan, type ImportSource } from "@/lib/import/plan";
import { issuesFromFieldErrors, type ImportIssue } from "@/lib/import/rows";
import { candidateInputSchema, type CandidateInput, type CandidateProfile } from "@/lib/schemas/candidate";
import { DEMO_CANDIDATES } from "@/prisma/seed-candidates";

/** What the data layer does with a file, minus the database: every row is new. */
function runImport(source: ImportSource) {
  const plan = planImport(source);
  const issues: ImportIssue[] = [...plan.orphans];
  const profiles: CandidateProfile[] = [];
  for (const row of planRows(plan, 0, plan.records.length)) {
    if (row.issues.length) {
      issues.push(...row.issues);
      continue;
    }
    const built = buildCandidate(row, null);
    if (built.ok) profiles.push(built.profile);
    else issues.push(...issuesFromFieldErrors(row.row, built.fieldErrors, plan.header, plan.mapping));
  }
  return { plan, issues, profiles };
}

/** The error file as the job serves it: the rejected rows go through the job's JSON column first. */
function errorFile(kind: ErrorFileKind, plan: ImportPlan, issues: ImportIssue[]): string {
  const stored = JSON.parse(JSON.stringify({ issues, rejected: rejectedRows(plan, issues) })) as {
    issues: ImportIssue[];
    rejected: ReturnType<typeof rejectedRows>;
  };
  return errorFileCsv(kind, stored.issues, stored.rejected);
}

/**
 * What a recruiter does in a spreadsheet: changes the named cells of the rows whose `keyColumn`
 * holds the given value, leaves the rest (error columns included), saves as CSV.
 */
function fixCells(csv: string, fixes: Record<string, Record<string, string>>, keyColumn: string): string {
  const table = parseCsv(csv);
  const id = table.header.indexOf(keyColumn);
  const rows = table.records.map(({ cells }) =>
    cells.map((cell, col) => fixes[cells[id] ?? ""]?.[table.header[col] ?? ""] ?? cell),
  );
  return writeCsv(table.header, rows);
}

const ATS = [
  "Candidate ID,Full Name,E-mail,Phone Number,Country,Time Zone,Position,Level,Hourly rate,Payment method,Video interview,Skills,Notes,Source",
  "ATS-1,Lena Ortiz,lena@example.com,+1 512 555 0171,United States,America/Chicago,Backend engineer,Senior,$92,Bank transfer,Completed,Go; PostgreSQL,,referral",
  'ATS-2,José Núñez,jose-at-example.com,+1-512-555-0172,US,America/Chicago,Frontend engineer,Mid-level,70,Bank transfer,Completed,React,"Said ""maybe"", later",linkedin',
  "ATS-3,Mei Tanaka,mei@example.com,+1 415 555 0173,US,America/Los_Angeles,Data engineer,Senior,85,PayPal,Completed,Python; Spark,,",
  "ATS-4,Omar Haddad,omar@example.com,+44 20 7946 0958,GB,Mars/Olympus,Backend engineer,Senior,-85,Bank transfer,Completed,Go,=1+2,",
].join("\r\n");
const FIXES = {
  "ATS-2": { "E-mail": "jose@example.com" },
  "ATS-4": { "Time Zone": "Europe/London", "Hourly rate": "85" },
};

describe("the error file", () => {
  test("one line per rejected row: its row, all its problems, then the row as uploaded under the same headers, formula-safe", () => {
    const { plan, issues, profiles } = runImport({ csv: ATS });
    expect(profiles.map((p) => p.externalId)).toEqual(["ATS-1", "ATS-3"]);
    expect(errorFile("candidates", plan, issues)).toBe(
      "\uFEFF" +
        "Row in file,Import errors,Candidate ID,Full Name,E-mail,Phone Number,Country,Time Zone,Position,Level,Hourly rate,Payment method,Video interview,Skills,Notes,Source\r\n" +
        '3,E-mail: Enter a valid email address,ATS-2,José Núñez,jose-at-example.com,\'+1-512-555-0172,US,America/Chicago,Frontend engineer,Mid-level,70,Bank transfer,Completed,React,"Said ""maybe"", later",linkedin\r\n' +
        "5,Time Zone: Unknown time zone; use an IANA name such as America/Chicago; Hourly rate: Rate must be above zero,ATS-4,Omar Haddad,omar@example.com,'+44 20 7946 0958,GB,Mars/Olympus,Backend engineer,Senior,'-85,Bank transfer,Completed,Go,'=1+2,\r\n",
    );
  });

  test("round trip: it maps as the original did, and once its cells are fixed its rows give what the fixed original gives", () => {
    const first = runImport({ csv: ATS });
    const file = errorFile("candidates", first.plan, first.issues);
    const table = parseCsv(file);
    expect(autoMap(table.header)).toEqual(["", "", ...autoMap(parseCsv(ATS).header)]);

    const again = runImport({ csv: fixCells(file, FIXES, "Candidate ID") });
    expect(again.issues).toEqual([]);
    // The apostrophes that kept "+1-512…", "-85" and "=1+2" from being formulas are not part of the data.
    const fromOriginal = runImport({ csv: fixCells(ATS, FIXES, "Candidate ID") }).profiles.filter(
      (p) => p.externalId === "ATS-2" || p.externalId === "ATS-4",
    );
    expect(again.profiles).toEqual(fromOriginal);
    expect(again.profiles.map((p) => [p.fullName, p.phone, p.requestedRate, p.notes])).toEqual([
      ["José Núñez", "+1-512-555-0172", 70, 'Said "maybe", later'],
      ["Omar Haddad", "+44 20 7946 0958", 85, "=1+2"],
    ]);
  });

  test("an error file rejected again gives an error file of the same shape, numbered by the file imported", () => {
    const first = runImport({ csv: ATS });
    const halfFixed = fixCells(
      errorFile("candidates", first.plan, first.issues),
      { "ATS-2": FIXES["ATS-2"] },
      "Candidate ID",
    );
    const second = runImport({ csv: halfFixed });
    expect(second.profiles.map((p) => p.externalId)).toEqual(["ATS-2"]);
    const table = parseCsv(errorFile("candidates", second.plan, second.issues));
    expect(table.header).toEqual(parseCsv(errorFile("candidates", first.plan, first.issues)).header);
    expect(table.records.map((r) => r.cells.slice(0, 3))).toEqual([
      [
        "3",
        expect.stringMatching(/^Time Zone: Unknown time zone.*; Hourly rate: Rate must be above zero$/),
        "ATS-4",
      ],
    ]);
  });

  test("a duplicate row names the column of its identity", () => {
    const csv = `${ATS}\r\n${ATS.split("\r\n")[1]!.replace("Lena Ortiz", "Lena O.")}`;
    const { plan, issues } = runImport({ csv });
    expect(parseCsv(errorFile("candidates", plan, issues)).records.map((r) => r.cells.slice(0, 2))).toEqual([
      ["3", "E-mail: Enter a valid email address"],
      ["5", expect.stringContaining("Hourly rate")],
      ["6", "Candidate ID: Same candidate (externalId) as row 2; only the first row is imported"],
    ]);
  });

  test("work history: the rows with problems, the positions of the candidates not imported, and rows for no one; both fixed files import whole", () => {
    const inputs: CandidateInput[] = [0, 1, 2].map((i) => ({ ...DEMO_CANDIDATES[i]!, externalId: `T-${i}` }));
    const email = String(inputs[1]!.email);
    const files = candidatesToCsv(inputs);
    const badEmail = files.candidates.replace(email, "james-at-example.com");
    const badEmployer = files.workHistory.replace(`T-2,${inputs[2]!.workHistory![0]!.employer}`, "T-2,");
    const history = `${badEmployer}GHOST-9,Nowhere Inc,Engineer,2020-01,,verified\r\n`;
    const first = runImport({ csv: badEmail, workHistoryCsv: history });
    expect(first.profiles.map((p) => p.externalId)).toEqual(["T-0"]);

    const whFile = errorFile("work-history", first.plan, first.issues);
    const wh = parseCsv(whFile);
    expect(wh.header).toEqual([
      "Row in file",
      "Import errors",
      "externalId",
      "employer",
      "title",
      "startDate",
      "endDate",
      "verification",
      "country",
      "registryStatus",
    ]);
    expect(wh.records.map((r) => [r.cells[0], r.cells[1], r.cells[2]])).toEqual([
      [
        "4",
        "Its candidate (row 3 of the candidates file) was not imported; import this row again with it",
        "T-1",
      ],
      [
        "5",
        "Its candidate (row 3 of the candidates file) was not imported; import this row again with it",
        "T-1",
      ],
      ["6", "employer: Employer is required", "T-2"],
      [
        "7",
        "Its candidate (row 4 of the candidates file) was not imported; import this row again with it",
        "T-2",
      ],
      ["8", 'External id: No row of the candidates file has externalId "GHOST-9"', "GHOST-9"],
    ]);
    expect(autoMap(wh.header, undefined).slice(0, 2)).toEqual(["", ""]);
    expect(
      parseCsv(errorFile("candidates", first.plan, first.issues)).records.map((r) => r.cells.slice(0, 2)),
    ).toEqual([
      ["3", "email: Enter a valid email address"],
      ["4", expect.stringMatching(/^Work-history row 6 for this candidate has problems/)],
    ]);

    // The recruiter fixes the two cells and deletes the position that belongs to no one.
    const fixedHistory = fixCells(
      whFile,
      { "6": { employer: inputs[2]!.workHistory![0]!.employer } },
      "Row in file",
    )
      .split("\r\n")
      .filter((l) => !l.includes("GHOST-9"))
      .join("\r\n");
    const fixedCandidates = fixCells(
      errorFile("candidates", first.plan, first.issues),
      { "T-1": { email } },
      "externalId",
    );
    const again = runImport({ csv: fixedCandidates, workHistoryCsv: fixedHistory });
    expect(again.issues).toEqual([]);
    expect(again.profiles.map((p) => [p.externalId, p.workHistory])).toEqual(
      inputs.slice(1).map((c) => [c.externalId, candidateInputSchema.parse(c).workHistory]),
    );
  });

  test("without the stored rows (an import from before they were kept) it still lists each row's problems", () => {
    const issues: ImportIssue[] = [
      {
        file: "candidates",
        row: 3,
        column: "E-mail",
        field: "email",
        message: "Enter a valid email address",
      },
      { file: "candidates", row: 3, column: "", field: "timezone", message: "Unknown time zone" },
      { file: "work-history", row: 2, column: "", field: "externalId", message: "No row" },
    ];
    expect(errorFileCsv("candidates", issues, undefined, 1200)).toBe(
      "\uFEFFRow in file,Import errors (1200 more problems not listed)\r\n3,E-mail: Enter a valid email address; Time zone: Unknown time zone\r\n",
    );
  });

  test("its two columns are recognised whatever the spelling, and only they", () => {
    for (const h of [
      ERROR_FILE_COLUMNS.row,
      ERROR_FILE_COLUMNS.errors,
      "import_errors",
      "Import errors (12 more problems not listed)",
      "ROW IN FILE",
    ])
      expect(isErrorFileColumn(h)).toBe(true);
    for (const h of ["Row", "Errors", "Notes", "Import", ""]) expect(isErrorFileColumn(h)).toBe(false);
    expect(autoMap(["Row in file", "Import errors", "Full Name"])).toEqual(["", "", "fullName"]);
  });
});
