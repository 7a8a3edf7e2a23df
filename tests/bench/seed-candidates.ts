/**
 * Loads generated candidates straight into a migrated SQLite bench database, for the benchmarks
 * that need many stored candidates (casework-data.ts, api-data.ts). Each candidate is stored as
 * the app stores it: the profile and its copied columns, its score, and its identifiers (what
 * identity-reuse lookups and the what-if read), so queries meet indexes of realistic size. Work
 * history rows are left out: nothing measured here reads them.
 *
 * Rows go in as multi-row INSERTs rather than createMany: createMany walks every key of a JSON
 * value in the query compiler, about 3 ms of CPU per candidate with its score here, so 100,000
 * took five minutes; plain INSERTs take a small fraction of that. The values are written in the
 * formats Prisma itself uses on SQLite (dates as ISO text with "+00:00", JSON as text), and the
 * first row is read back through Prisma to prove it.
 *
 * Imports the data layer's client, so it runs under `tsx --conditions=react-server`.
 */
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { identifiersOf } from "@/lib/data/identifiers";
import { score, type Band } from "@/lib/scoring";
import type { CandidateProfile } from "@/lib/schemas/candidate";
import { scoringContext } from "../fixtures/profiles/base";
import { generateMany } from "../fixtures/profiles/generate";
import type { Rng } from "../fixtures/profiles/random";

const CHUNK = 10_000;
const BATCH = 2_000;
/** Rows per INSERT statement, well under SQLite's 32,766 bound parameters. */
const ROWS_PER_INSERT = 1_000;
const DAY = 86_400_000;

type SqlValue = string | number | null;
type Row = Record<string, SqlValue>;

/** A DateTime as Prisma stores it on SQLite. */
const sqlDate = (d: Date) => d.toISOString().replace("Z", "+00:00");

/** Multi-row INSERT statements for `rows`, which all have the same columns. */
function inserts(table: string, rows: Row[]) {
  const columns = Object.keys(rows[0] ?? {});
  const tuple = `(${columns.map(() => "?").join(",")})`;
  const out = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const slice = rows.slice(i, i + ROWS_PER_INSERT);
    const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${slice.map(() => tuple).join(",")}`;
    out.push(db.$executeRawUnsafe(sql, ...slice.flatMap((r) => columns.map((c) => r[c] ?? null))));
  }
  return out;
}

export interface SeededCandidate {
  id: string;
  scoreId: string;
  band: Band;
  total: number;
  /** The families of the rules that fired, sorted and comma-separated (as cases store them). */
  families: string;
  createdAt: Date;
}

export interface SeedOptions {
  count: number;
  /** Chunk n of 10,000 profiles is generateMany(seed + n), so a seed always gives the same profiles. */
  seed: number;
  createdById: string;
  /** Draws each candidate's creation time, spread over the 60 days before `now`. */
  rng: Rng;
  now: number;
  /** Sees every profile as stored (e.g. to keep a sample). */
  onProfile?: (profile: CandidateProfile) => void;
}

export async function seedCandidates(o: SeedOptions): Promise<SeededCandidate[]> {
  const seeded: SeededCandidate[] = [];
  for (let chunk = 0; chunk * CHUNK < o.count; chunk++) {
    const size = Math.min(CHUNK, o.count - chunk * CHUNK);
    const candidates: Row[] = [];
    const scores: Row[] = [];
    const identifiers: Row[][] = [];
    for (const [i, d] of generateMany(o.seed + chunk, size).entries()) {
      const p = { ...d.profile, externalId: `bench-${chunk * CHUNK + i + 1}` };
      const b = score(p, scoringContext(d.context));
      o.onProfile?.(p);
      const id = randomUUID();
      const createdAt = new Date(o.now - o.rng.float(0, 60) * DAY);
      const at = sqlDate(createdAt);
      candidates.push({
        id,
        externalId: p.externalId,
        fullName: p.fullName,
        email: p.email,
        phone: p.phone,
        searchText: `${p.fullName} ${p.email}`.toLowerCase(),
        claimedCountry: p.claimedCountry,
        role: p.role,
        seniority: p.seniority,
        requestedRate: p.requestedRate,
        profile: JSON.stringify(p),
        version: 1,
        createdAt: at,
        updatedAt: at,
        createdById: o.createdById,
        latestScore: b.total,
        latestBand: b.band,
      });
      identifiers.push(
        identifiersOf(p).map((k) => ({ id: randomUUID(), candidateId: id, kind: k.kind, value: k.value })),
      );
      const scoreId = randomUUID();
      // The breakdown without each rule's evidence and source: nothing measured reads them, and
      // they would double the size of the database.
      const breakdown = {
        ...b,
        fired: b.fired.map((f) => ({
          ruleId: f.ruleId,
          title: f.title,
          family: f.family,
          weight: f.weight,
          strength: f.strength,
          points: f.points,
        })),
      };
      scores.push({
        id: scoreId,
        candidateId: id,
        ruleSetVersion: b.ruleSetVersion,
        total: b.total,
        band: b.band,
        hardStop: b.hardStop,
        breakdown: JSON.stringify(breakdown),
        createdAt: at,
      });
      seeded.push({
        id,
        scoreId,
        band: b.band,
        total: b.total,
        families: [...new Set(b.fired.map((f) => f.family))].sort().join(","),
        createdAt,
      });
    }
    for (let i = 0; i < size; i += BATCH) {
      await db.$transaction([
        ...inserts("Candidate", candidates.slice(i, i + BATCH)),
        ...inserts("Score", scores.slice(i, i + BATCH)),
        ...inserts("CandidateIdentifier", identifiers.slice(i, i + BATCH).flat()),
      ]);
    }
  }
  await checkReadBack(seeded[0]);
  return seeded;
}

/** Fails loudly if Prisma does not read a seeded row back as it was meant (a format drifted). */
async function checkReadBack(first: SeededCandidate | undefined): Promise<void> {
  if (!first) return;
  const row = await db.candidate.findUnique({
    where: { id: first.id },
    select: {
      createdAt: true,
      latestBand: true,
      profile: true,
      scores: { select: { id: true, total: true, createdAt: true } },
      _count: { select: { identifiers: true } },
    },
  });
  const stored = row?.scores[0];
  const sameTime =
    row?.createdAt.getTime() === first.createdAt.getTime() &&
    stored?.createdAt.getTime() === first.createdAt.getTime();
  const found = await db.candidate.count({
    where: { id: first.id, createdAt: { gte: first.createdAt, lte: first.createdAt } },
  });
  if (
    !row ||
    !sameTime ||
    found !== 1 ||
    row.latestBand !== first.band ||
    stored?.id !== first.scoreId ||
    stored.total !== first.total ||
    typeof row.profile !== "object" ||
    row._count.identifiers === 0
  ) {
    throw new Error(
      `seeded candidate ${first.id} does not read back through Prisma as written: ${JSON.stringify(row)}`,
    );
  }
}
