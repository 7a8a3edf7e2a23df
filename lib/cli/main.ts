/**
 * `npm run cli -- <command>`: operator commands that run on the server with the operator's
 * own authority (no session), recorded in the audit trail like any other change.
 */
import { runMigrations } from "@/lib/cli/migrate";

const USAGE = `Usage: npm run cli -- <command>

Commands:
  migrate                              apply database migrations (DATABASE_URL chooses SQLite or PostgreSQL)
  seed [--if-empty]                    load the demo users and candidates
  user create --email E --role R [--name N]
                                       create a user and print a one-time password (roles: recruiter, security_lead, admin)
  rescore                              re-score every candidate under the published rule set
  audit verify                         check the audit trail's hash chain and its newest signed checkpoint; exits 1 at
                                       a broken link, missing or re-hashed events, or a forged checkpoint
  audit checkpoint                     sign a checkpoint of the audit trail's head now (needs the signing key)
  audit keygen [--out FILE]            write a new Ed25519 checkpoint signing key pair (default data/audit-signing-key.json,
                                       mode 0600) and print its public key
  watchlist import --source ofac --dir DIR
  watchlist import --source un --file F
                                       import a sanctions list as a new snapshot and re-screen every candidate
  watchlist update                     download the current OFAC and UN lists from the publishers and import them
  watchlist status                     show the active lists
  import candidates FILE.csv [--work-history FILE2.csv] [--as EMAIL]
                                       import candidates (as the import page does); writes FILE.errors.csv for rows not
                                       imported and exits 2 if there are any; --as names the recruiter (needed if several)
  apikey create --name N --scopes S    create an API key and print it once (scopes, comma-separated: candidates:read, candidates:write, cases:read, screening:read)
  apikey list                          list API keys (prefix, scopes, last use, revocation)
  apikey revoke --prefix P             revoke an API key at once
`;

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) throw new CliError(`--${name} needs a value`);
  return value;
}

class CliError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, sub, ...rest] = argv;
  switch (command) {
    case "migrate":
      await runMigrations();
      return 0;
    case "seed": {
      const { seedDemo } = await import("@/prisma/seed-demo");
      const result = await seedDemo({ ifEmpty: argv.includes("--if-empty") });
      console.log(
        result.seeded
          ? `Seeded ${result.users} users and ${result.candidates} candidates.`
          : "Database already has data; seed skipped.",
      );
      return 0;
    }
    case "user": {
      if (sub !== "create") throw new CliError(`Unknown user command: ${sub ?? "(none)"}`);
      const { createUser } = await import("@/lib/data/users");
      const { OPERATOR_ACTOR, SYSTEM_META } = await import("@/lib/data/types");
      const { user, password } = await createUser(
        OPERATOR_ACTOR,
        { email: flag(rest, "email"), role: flag(rest, "role"), name: flag(rest, "name") },
        { ...SYSTEM_META, requestId: "cli" },
      );
      console.log(`Created ${user.role} ${user.email}`);
      console.log(`One-time password (shown once): ${password}`);
      return 0;
    }
    case "rescore": {
      const { rescoreAll } = await import("@/lib/data/rescore");
      const { OPERATOR_ACTOR, SYSTEM_META } = await import("@/lib/data/types");
      const result = await rescoreAll(OPERATOR_ACTOR, { ...SYSTEM_META, requestId: "cli" }, (done, total) => {
        process.stdout.write(`\rRescored ${done}/${total}`);
      });
      console.log(
        `\nRescored ${result.rescored} candidates under rule set v${result.ruleSetVersion}; ${result.bandChanged} changed band.`,
      );
      return 0;
    }
    case "audit": {
      const { auditCommand } = await import("@/lib/cli/audit");
      return auditCommand(sub, rest);
    }
    case "watchlist": {
      const { watchlistCommand } = await import("@/lib/cli/watchlist");
      return watchlistCommand(sub, rest);
    }
    case "import": {
      const { importCommand } = await import("@/lib/cli/import");
      return importCommand(sub, rest);
    }
    case "apikey": {
      const { apikeyCommand } = await import("@/lib/cli/apikey");
      return apikeyCommand(sub, rest);
    }
    case undefined:
    case "help":
    case "--help":
      console.log(USAGE);
      return 0;
    default:
      throw new CliError(`Unknown command: ${command}`);
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch(async (e: unknown) => {
    const { ValidationError, isAppError } = await import("@/lib/errors");
    if (e instanceof ValidationError) {
      for (const [field, messages] of Object.entries(e.fieldErrors))
        console.error(`${field}: ${messages.join(" ")}`);
    } else if (e instanceof CliError || isAppError(e)) {
      console.error(e.message);
      if (e instanceof CliError) console.error(`\n${USAGE}`);
    } else {
      console.error(e);
    }
    process.exit(1);
  });
