import fs from "node:fs";
import path from "node:path";
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createCandidate, getCandidate } from "@/lib/data/candidates";
import { listCases } from "@/lib/data/case-queue";
import {
  addInternalItem,
  deactivateInternalItem,
  importWatchlist,
  rescreenAll,
  reviewHit,
  WatchlistFileError,
} from "@/lib/data/watchlist";
import { hitsForCandidate, listInternalItems, listSnapshots } from "@/lib/data/watchlist-views";
import { importInternalCsv } from "@/lib/data/watchlist-internal-csv";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { createActor, rejectionOf, redFlagInput, requestMeta, uid, type TestActor } from "./support/fixtures";
import { OPERATOR_ACTOR } from "@/lib/data/types";

/**
 * Sanctions lists and the internal watchlist through the data layer: snapshots and their diffs,
 * damaged files that change nothing, screening on save, match review and the CSV import.
 * The database is shared with the other files, so everything here is unique and counted as deltas;
 * afterAll puts the list state back as it found it.
 */
const OFAC_MINI = path.resolve(__dirname, "../../../shared/data/ofac-mini");
const OFAC_FILES = { sdn: "sdn.csv", alt: "alt.csv", add: "add.csv", comments: "sdn_comments.csv" } as const;

function ofacMini() {
  if (!fs.existsSync(path.join(OFAC_MINI, "sdn.csv")))
    throw new Error(
      `The OFAC test list is missing: expected ${OFAC_MINI}/sdn.csv (see ../shared/data/README.md).`,
    );
  const read = (f: string) => fs.readFileSync(path.join(OFAC_MINI, f));
  return {
    sdn: read(OFAC_FILES.sdn),
    alt: read(OFAC_FILES.alt),
    add: read(OFAC_FILES.add),
    comments: read(OFAC_FILES.comments),
  };
}

const wallet = () => `0x${randomBytes(20).toString("hex")}`;
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const activeOfac = () =>
  db.watchlistSnapshot.findMany({ where: { source: "ofac", active: true }, select: { id: true } });
const latestScore = (candidateId: string) =>
  db.score.findFirstOrThrow({ where: { candidateId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
const firedRules = async (candidateId: string) =>
  ((await latestScore(candidateId)).breakdown as { fired: { ruleId: string }[] }).fired.map((f) => f.ruleId);

let admin: TestActor;
let lead: TestActor;
let recruiter: TestActor;
let activeBefore: string[];
const mySnapshots: string[] = [];
const myItems: string[] = [];

async function walletItem(value = wallet()) {
  const { id } = await addInternalItem(
    admin,
    { kind: "wallet", value, reason: `Test facilitator wallet ${uid()}`, source: "integration test" },
    requestMeta(),
  );
  myItems.push(id);
  return value;
}

/** A candidate whose wallet is on the internal list, with the pending hit screening found. */
async function candidateOnList() {
  const value = await walletItem();
  const { id } = await createCandidate(recruiter, redFlagInput({ cryptoWallet: value }), requestMeta());
  const hit = await db.watchlistHit.findFirstOrThrow({ where: { candidateId: id, matchedField: "wallet" } });
  return { candidateId: id, hit, value };
}

beforeAll(async () => {
  [admin, lead, recruiter] = await Promise.all([
    createActor("admin"),
    createActor("security_lead"),
    createActor("recruiter"),
  ]);
  activeBefore = (await db.watchlistSnapshot.findMany({ where: { active: true }, select: { id: true } })).map(
    (s) => s.id,
  );
});

afterAll(async () => {
  await db.internalWatchlistItem.updateMany({ where: { id: { in: myItems } }, data: { active: false } });
  await db.watchlistSnapshot.updateMany({ where: { id: { in: mySnapshots } }, data: { active: false } });
  await db.watchlistSnapshot.updateMany({ where: { id: { in: activeBefore } }, data: { active: true } });
});

describe("list snapshots", () => {
  test("ofac-mini imports as the active snapshot with its file hashes; the same files again differ by nothing", async () => {
    const files = ofacMini();
    const countBefore = await db.watchlistSnapshot.count();
    const hadOfac = (await activeOfac()).length > 0;

    const first = await importWatchlist(admin, { source: "ofac", files }, requestMeta());
    mySnapshots.push(first.id);
    expect(first.entries).toBe(17);
    if (!hadOfac) expect([first.added, first.removed, first.changed]).toEqual([17, 0, 0]);
    expect(await db.watchlistSnapshot.count()).toBe(countBefore + 1);
    expect(await db.watchlistEntry.count({ where: { snapshotId: first.id } })).toBe(17);
    expect(await activeOfac()).toEqual([{ id: first.id }]);

    const second = await importWatchlist(admin, { source: "ofac", files }, requestMeta());
    mySnapshots.push(second.id);
    expect([second.entries, second.added, second.removed, second.changed]).toEqual([17, 0, 0, 0]);
    expect(await db.watchlistSnapshot.count()).toBe(countBefore + 2);
    expect(await activeOfac()).toEqual([{ id: second.id }]);

    const views = await listSnapshots(admin);
    const [newest, previous] = views.filter((s) => s.id === second.id || s.id === first.id);
    expect(newest).toMatchObject({
      id: second.id,
      source: "ofac",
      active: true,
      entryCount: 17,
      added: 0,
      removed: 0,
      changed: 0,
      importedBy: admin.email,
    });
    expect(previous).toMatchObject({ id: first.id, active: false });
    expect(Object.fromEntries(newest!.fileHashes.map((h) => [h.file, h.sha256]))).toEqual({
      "sdn.csv": sha256(files.sdn),
      "alt.csv": sha256(files.alt),
      "add.csv": sha256(files.add),
      "sdn_comments.csv": sha256(files.comments),
    });
    if (!hadOfac) expect(previous!.samples.added).toHaveLength(5);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "watchlist.imported", targetId: second.id },
    });
    expect(audit.actorId).toBe(admin.id);
  });

  const damaged = [
    {
      label: "sdn.csv cut in half inside a quoted field",
      damage: (sdn: string) => {
        const opening = sdn.indexOf(',"', Math.floor(sdn.length / 2));
        return sdn.slice(0, opening + 6);
      },
      reason: /unterminated quoted field/,
    },
    {
      label: "sdn.csv with the last column of line 3 removed",
      damage: (sdn: string) => {
        const lines = sdn.split("\r\n");
        lines[2] = lines[2]!.slice(0, lines[2]!.lastIndexOf(","));
        return lines.join("\r\n");
      },
      reason: /expected 12 columns, found 11/,
      line: 3,
    },
  ];
  test.each(damaged)(
    "$label is refused with file and line; the previous snapshot stays active",
    async ({ damage, reason, line }) => {
      const files = ofacMini();
      const before = {
        active: await activeOfac(),
        snapshots: await db.watchlistSnapshot.count(),
        entries: await db.watchlistEntry.count(),
        audit: await db.auditEvent.count(),
      };
      expect(before.active).toHaveLength(1);
      const sdn = Buffer.from(damage(files.sdn.toString("latin1")), "latin1");

      const err = await rejectionOf(
        importWatchlist(admin, { source: "ofac", files: { ...files, sdn } }, requestMeta()),
        WatchlistFileError,
      );
      expect(err.file).toBe("sdn.csv");
      expect(err.line).toBeGreaterThan(0);
      if (line) expect(err.line).toBe(line);
      expect(err.reason).toMatch(reason);
      expect(err.status).toBe(422);
      expect(err.message).toContain(`sdn.csv line ${err.line}`);
      expect({
        active: await activeOfac(),
        snapshots: await db.watchlistSnapshot.count(),
        entries: await db.watchlistEntry.count(),
        audit: await db.auditEvent.count(),
      }).toEqual(before);
    },
  );

  test("a truncated UN XML file is refused and changes nothing", async () => {
    const xml = Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?>\n<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:00">\n<INDIVIDUALS>\n<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>KIM',
    );
    const count = await db.watchlistSnapshot.count();
    const err = await rejectionOf(
      importWatchlist(admin, { source: "un", xml }, requestMeta()),
      WatchlistFileError,
    );
    expect(err.file).toBe("consolidated.xml");
    expect(await db.watchlistSnapshot.count()).toBe(count);
  });

  test("only admins import lists or read the snapshot history", async () => {
    const count = await db.watchlistSnapshot.count();
    for (const actor of [lead, recruiter]) {
      await rejectionOf(
        importWatchlist(actor, { source: "ofac", files: ofacMini() }, requestMeta()),
        ForbiddenError,
      );
      await rejectionOf(listSnapshots(actor), ForbiddenError);
      await rejectionOf(listInternalItems(actor), ForbiddenError);
    }
    expect(await db.watchlistSnapshot.count()).toBe(count);
  });
});

describe("internal watchlist and match review", () => {
  test("a candidate with a listed wallet gets a pending match, the listed-identifier rule fires and a case opens at once", async () => {
    const { candidateId, hit, value } = await candidateOnList();
    expect(hit).toMatchObject({ list: "internal", status: "pending", matchedValue: value, score: 1 });
    expect(await firedRules(candidateId)).toContain("listed-identifier");
    expect(await db.case.count({ where: { candidateId, status: { not: "decided" } } })).toBe(1);

    const [view] = await hitsForCandidate(lead, candidateId);
    expect(view).toMatchObject({
      id: hit.id,
      list: "internal",
      matchedField: "wallet",
      matchedValue: value,
      status: "pending",
      stillListed: true,
      reviewedBy: null,
    });
    expect(view!.reasons.length).toBeGreaterThan(0);
    expect(view!.listedBecause).toContain("integration test");
    expect(await hitsForCandidate(admin, candidateId)).toHaveLength(1);
    await rejectionOf(hitsForCandidate(recruiter, candidateId), ForbiddenError);
  });

  test("a pending match shows as pending sanctions review on the candidate and in the case queue, until it is reviewed", async () => {
    const { candidateId, hit } = await candidateOnList();
    expect((await getCandidate(recruiter, candidateId, requestMeta())).sanctionsReviewPending).toBe(true);
    const row = async () =>
      (await listCases(lead, { pageSize: 100, sort: "newest" })).items.find(
        (c) => c.candidateId === candidateId,
      );
    expect((await row())?.sanctionsReviewPending).toBe(true);
    await reviewHit(
      lead,
      hit.id,
      { decision: "dismissed", note: "Different person: exchange deposit address." },
      requestMeta(),
    );
    expect((await getCandidate(recruiter, candidateId, requestMeta())).sanctionsReviewPending).toBe(false);
    expect((await row())?.sanctionsReviewPending).toBe(false);
  });

  test("a security lead confirms a match: the candidate is critical with the sanctions-confirmed hard stop", async () => {
    const { candidateId, hit } = await candidateOnList();
    const scores = await db.score.count({ where: { candidateId } });
    const note = `Same wallet, character for character ${uid()}`;
    await reviewHit(lead, hit.id, { decision: "confirmed", note }, requestMeta());

    expect(await db.score.count({ where: { candidateId } })).toBe(scores + 1);
    const score = await latestScore(candidateId);
    expect(score).toMatchObject({ band: "critical", hardStop: "sanctions-confirmed" });
    expect(
      await db.candidate.findUniqueOrThrow({ where: { id: candidateId }, select: { latestBand: true } }),
    ).toEqual({ latestBand: "critical" });
    const [view] = await hitsForCandidate(lead, candidateId);
    expect(view).toMatchObject({ status: "confirmed", reviewNote: note, reviewedBy: lead.name });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "watchlist.match_reviewed", targetId: candidateId },
    });
    expect(audit.actorId).toBe(lead.id);
  });

  test("a dismissed match no longer fires the possible-match rule", async () => {
    const { candidateId, hit } = await candidateOnList();
    await reviewHit(
      lead,
      hit.id,
      { decision: "dismissed", note: "Different person: wallet reused by an exchange deposit address." },
      requestMeta(),
    );
    const fired = await firedRules(candidateId);
    expect(fired).not.toContain("sanctions-possible");
    expect(fired).not.toContain("listed-identifier");
    expect(fired).not.toContain("sanctions-confirmed");
    expect((await latestScore(candidateId)).hardStop).not.toBe("sanctions-confirmed");
  });

  test("recruiters and admins cannot review; a short note is refused; nothing changes", async () => {
    const { candidateId, hit } = await candidateOnList();
    const scores = await db.score.count({ where: { candidateId } });
    for (const actor of [recruiter, admin]) {
      await rejectionOf(
        reviewHit(
          actor,
          hit.id,
          { decision: "confirmed", note: "Looks like the same wallet to me." },
          requestMeta(),
        ),
        ForbiddenError,
      );
    }
    const err = await rejectionOf(
      reviewHit(lead, hit.id, { decision: "confirmed", note: "same" }, requestMeta()),
      ValidationError,
    );
    expect(Object.keys(err.fieldErrors)).toEqual(["note"]);
    expect(await db.watchlistHit.findUniqueOrThrow({ where: { id: hit.id } })).toMatchObject({
      status: "pending",
      reviewedById: null,
    });
    expect(await db.score.count({ where: { candidateId } })).toBe(scores);
  });

  test("adding and removing an item re-screens existing candidates", async () => {
    const value = wallet();
    const { id: candidateId } = await createCandidate(
      recruiter,
      redFlagInput({ cryptoWallet: value }),
      requestMeta(),
    );
    expect(await firedRules(candidateId)).not.toContain("listed-identifier");

    await walletItem(value);
    const first = await rescreenAll(OPERATOR_ACTOR, requestMeta());
    expect(first.rescored).toBeGreaterThanOrEqual(1);
    expect(await firedRules(candidateId)).toContain("listed-identifier");

    await deactivateInternalItem(admin, myItems[myItems.length - 1]!, requestMeta());
    await rescreenAll(OPERATOR_ACTOR, requestMeta());
    expect(await firedRules(candidateId)).not.toContain("listed-identifier");
    const [view] = await hitsForCandidate(lead, candidateId);
    expect(view).toMatchObject({ status: "pending", stillListed: false });
  });
});

describe("internal watchlist CSV import", () => {
  const header = "kind,value,reason,source";

  test("imports every row in one transaction with one audit event; quoted and formula-looking cells are data", async () => {
    const token = uid();
    const csv = [
      header,
      `wallet,${wallet()},"Paid a facilitator, twice",Investigation ${token}`,
      `company,"Nimbus ""Soft"" Staffing ${token}","Front company
named in an advisory",FBI PSA 2024-05-16`,
      `email,"=HYPERLINK(""http://x.test"")${token}@example.com",Formula-looking value kept as typed,Investigation ${token}`,
      `phone,+1 555 0100 ${token.replace(/\D/g, "")},@SUM(A1) is just text here,Investigation ${token}`,
      ",,,",
    ].join("\r\n");
    const items = await db.internalWatchlistItem.count();
    const audits = await db.auditEvent.count({ where: { action: "watchlist.internal_imported" } });

    expect(await importInternalCsv(admin, csv, requestMeta())).toEqual({ imported: 4 });
    expect(await db.internalWatchlistItem.count()).toBe(items + 4);
    expect(await db.auditEvent.count({ where: { action: "watchlist.internal_imported" } })).toBe(audits + 1);
    const stored = await db.internalWatchlistItem.findMany({
      where: { OR: [{ source: `Investigation ${token}` }, { value: { contains: token } }] },
      orderBy: { kind: "asc" },
    });
    myItems.push(...stored.map((s) => s.id));
    expect(stored.map((s) => [s.kind, s.value, s.createdById])).toEqual([
      ["company", `Nimbus "Soft" Staffing ${token}`, admin.id],
      ["email", `=HYPERLINK("http://x.test")${token}@example.com`, admin.id],
      ["phone", `+1 555 0100 ${token.replace(/\D/g, "")}`, admin.id],
      ["wallet", expect.stringMatching(/^0x/), admin.id],
    ]);
    expect(stored[0]!.reason).toBe("Front company\nnamed in an advisory");
    expect(stored[2]!.reason).toBe("@SUM(A1) is just text here");
  });

  test("one bad row imports nothing and names each bad row and field", async () => {
    const token = uid();
    const csv = [
      header,
      `wallet,${wallet()},Good row ${token},Investigation`,
      `wallet,x,Value too short ${token},Investigation`,
      `fax,+1 555 0100,Unknown kind ${token},Investigation`,
      `email,${token}@example.com,Too few columns`,
    ].join("\n");
    const before = { items: await db.internalWatchlistItem.count(), audit: await db.auditEvent.count() };
    const err = await rejectionOf(importInternalCsv(admin, csv, requestMeta()), ValidationError);
    expect(Object.keys(err.fieldErrors).sort()).toEqual(["row 3: value", "row 4: kind", "row 5: columns"]);
    expect(err.fieldErrors["row 3: value"]).toEqual(["Enter the value to watch for"]);
    expect(err.message).toMatch(/Nothing was imported/);
    expect({ items: await db.internalWatchlistItem.count(), audit: await db.auditEvent.count() }).toEqual(
      before,
    );
  });

  test.each([
    {
      label: "a wrong header",
      csv: `type,value,reason,source\nwallet,${wallet()},Reason enough,Source`,
      key: "row 1: header",
    },
    { label: "a header and no rows", csv: `kind,value,reason,source\r\n`, key: "file" },
    {
      label: "an unterminated quote",
      csv: `kind,value,reason,source\nwallet,"${wallet()},Reason enough,Source`,
      key: "line 2",
    },
  ])("$label is refused", async ({ csv, key }) => {
    const items = await db.internalWatchlistItem.count();
    const err = await rejectionOf(importInternalCsv(admin, csv, requestMeta()), ValidationError);
    expect(Object.keys(err.fieldErrors)).toEqual([key]);
    expect(await db.internalWatchlistItem.count()).toBe(items);
  });

  test("only admins import", async () => {
    for (const actor of [lead, recruiter]) {
      await rejectionOf(
        importInternalCsv(actor, `${header}\nwallet,${wallet()},Reason enough,Source`, requestMeta()),
        ForbiddenError,
      );
    }
  });
});
