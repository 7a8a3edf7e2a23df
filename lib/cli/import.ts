import fs from "node:fs";
import { AppError } from "@/lib/errors";
import type { RequestMeta } from "@/lib/data/types";

/** Printed as a plain message by lib/cli/main.ts (no stack trace). */
const fail = (message: string) => new AppError(message, 400, "cli");

const META: RequestMeta = { requestId: "cli", ip: null };

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) throw fail(`--${name} needs a value`);
  return value;
}

/** The first argument that is neither a flag nor a flag's value. */
function positional(args: string[]): string | undefined {
  return args.find((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1]!.startsWith("--")));
}

function readText(file: string): string {
  if (!fs.existsSync(file)) throw fail(`${file} not found`);
  const bytes = fs.readFileSync(file);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Older spreadsheet exports are Windows-1252; reading them as UTF-8 would turn accents into U+FFFD.
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Candidates are recorded as added by a recruiter: --as EMAIL, or the only active recruiter. */
async function importer(email: string | undefined) {
  const { db } = await import("@/lib/db");
  const recruiters = await db.user.findMany({
    where: { role: "recruiter", disabled: false, ...(email ? { email: email.trim().toLowerCase() } : {}) },
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true },
  });
  if (email && recruiters.length === 0) throw fail(`No active recruiter has the email ${email}.`);
  if (recruiters.length === 0)
    throw fail(
      "There is no active recruiter to record the candidates as added by. Create one: npm run cli -- user create --role recruiter --email E",
    );
  if (recruiters.length > 1)
    throw fail(
      `Choose who the candidates are recorded as added by: --as EMAIL (${recruiters
        .slice(0, 5)
        .map((r) => r.email)
        .join(", ")}${recruiters.length > 5 ? ", …" : ""}).`,
    );
  return { ...recruiters[0]!, role: "recruiter" as const };
}

/**
 * `import candidates FILE.csv [--work-history FILE2.csv] [--as EMAIL]`: imports like the import
 * page, prints the counts and writes FILE.errors.csv when rows were not imported.
 * Exit code 0 when every row was imported (or was unchanged), 2 when some were not.
 */
export async function importCommand(sub: string | undefined, args: string[]): Promise<number> {
  if (sub !== "candidates")
    throw fail(`Unknown import command: ${sub ?? "(none)"}; use: import candidates FILE.csv`);
  const file = positional(args);
  if (!file) throw fail("Name the CSV file: import candidates FILE.csv");
  const historyFile = flag(args, "work-history");
  const csv = readText(file);
  const workHistoryCsv = historyFile ? readText(historyFile) : undefined;
  const actor = await importer(flag(args, "as"));

  const { importCandidates } = await import("@/lib/data/candidate-import");
  const { issuesCsv } = await import("@/lib/import/files");
  console.log(
    `Importing ${file}${historyFile ? ` with work history from ${historyFile}` : ""} as ${actor.email} …`,
  );
  const started = Date.now();
  const result = await importCandidates(actor, { csv, workHistoryCsv }, META, {
    label: file,
    onProgress: (done, counts) => {
      process.stdout.write(`\r${done}/${counts.total} rows`);
    },
  });
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `\n${result.total} rows in ${seconds.toFixed(1)} s: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.failed} not imported.`,
  );

  const errorsFile = `${file.replace(/\.csv$/i, "")}.errors.csv`;
  if (result.issues.length === 0) {
    if (fs.existsSync(errorsFile)) {
      fs.rmSync(errorsFile);
      console.log(`Removed ${errorsFile} from an earlier run.`);
    }
    return 0;
  }
  fs.writeFileSync(errorsFile, issuesCsv(result.issues));
  console.log(
    `${result.issues.length} problem${result.issues.length === 1 ? "" : "s"} written to ${errorsFile} (file, row, column, field, message). Fix those rows and import the file again: rows already imported are recognised, not duplicated.`,
  );
  return 2;
}
