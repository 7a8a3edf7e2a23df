import { describe, expect, test } from "vitest";
import { parseCsv } from "@/lib/import/csv";
import { autoMap, CANDIDATE_FIELDS } from "@/lib/import/fields";
import { candidatesTemplateCsv, columnGuideCsv, issuesCsv, workHistoryTemplateCsv } from "@/lib/import/files";
import { WORK_HISTORY_FIELDS } from "@/lib/import/work-history";

describe("downloadable files", () => {
  test("the templates are header rows the importer recognises as they are", () => {
    const candidates = parseCsv(candidatesTemplateCsv());
    expect(candidates.header).toEqual(CANDIDATE_FIELDS.map((f) => f.key));
    expect(candidates.records).toEqual([]);
    expect(autoMap(candidates.header)).toEqual(candidates.header);
    expect(parseCsv(workHistoryTemplateCsv()).header).toEqual([
      "externalId",
      "employer",
      "title",
      "startDate",
      "endDate",
      "verification",
      "country",
      "registryStatus",
    ]);
  });

  test("the column guide documents every column of both files", () => {
    const guide = parseCsv(columnGuideCsv());
    expect(guide.header).toEqual([
      "file",
      "column",
      "label",
      "required",
      "allowed values",
      "format",
      "example",
      "also recognised as",
    ]);
    expect(guide.records.map((r) => `${r.cells[0]}:${r.cells[1]}`)).toEqual([
      ...CANDIDATE_FIELDS.map((f) => `candidates:${f.key}`),
      ...WORK_HISTORY_FIELDS.map((f) => `work-history:${f.key}`),
    ]);
    const role = guide.records.find((r) => r.cells[1] === "role")!;
    expect(role.cells[3]).toBe("required");
    expect(role.cells[4]).toContain("backend_engineer");
    // Examples starting with + are escaped so a spreadsheet shows them as text.
    expect(guide.records.find((r) => r.cells[1] === "phone")!.cells[6]).toBe("'+1 512 555 0143");
  });

  test("the command-line import's report lists file, row, column, field and message, formula-safe", () => {
    const csv = issuesCsv(
      [
        {
          file: "candidates",
          row: 3,
          column: "E-mail",
          field: "email",
          message: "Enter a valid email address",
        },
        { file: "candidates", row: 4, column: "Notes", field: "notes", message: '=HYPERLINK("x")' },
      ],
      "…and 2 more",
    );
    const table = parseCsv(csv);
    expect(table.header).toEqual(["file", "row", "column", "field", "message"]);
    expect(table.records.map((r) => r.cells)).toEqual([
      ["candidates", "3", "E-mail", "email", "Enter a valid email address"],
      ["candidates", "4", "Notes", "notes", '\'=HYPERLINK("x")'],
      ["", "", "", "", "…and 2 more"],
    ]);
  });
});
