import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";

/**
 * Every function lib/data exports that touches the database must check a permission for its
 * caller, unconditionally: `if (actor) assertCan(...)` let a null actor through with no check
 * at all. Read from the source, so a new export without a check fails here the day it is
 * written, whatever its arguments.
 *
 * A function passes when its first parameter is a non-nullable principal and its body, at top
 * level (not under an if), calls assertCan on it or hands it to a same-file function that does;
 * or when it takes a transaction (`tx: Tx`), so it runs inside a caller that has checked.
 */
const DATA_DIR = path.resolve(__dirname, "../../../lib/data");

/** Intentionally callable without a principal, each for the reason given. */
const ALLOWED: Record<string, string> = {
  // Sign-in and the session: they run before anyone is known, and produce the actor.
  "users.ts#authenticate": "checks the email and password themselves",
  "users.ts#loadActor": "turns a session token into an actor (or null)",
  "api-keys.ts#verifyApiKey": "authenticates an API request from its bearer token",
  "users.ts#signInWithPassword":
    "the sign-in itself: throttling, the password check and the session it opens",
  "sign-in-throttle.ts#beginSignInAttempt": "sign-in throttling, before anyone is known",
  "sign-in-throttle.ts#finishSuccessfulAttempt": "sign-in throttling, once the password was right",
  "auth-sessions.ts#sessionIsLive":
    "checks a session token's server-side record while the actor is being established",
  "auth-sessions.ts#revokeSession": "sign-out of the session the token itself names",
  // Public by design.
  "health.ts#checkDatabase": "the unauthenticated health check; returns only ok / a reason",
  "settings.ts#organisationName": "shown on the sign-in page",
  // Read-only integrity check for `npm run cli -- audit verify`: returns whether the chain holds, no content.
  "audit-verify.ts#verifyAuditChain": "returns only ok, the event count and the head hash",
  "audit-verify.ts#verifyAuditTrail":
    "the chain check plus the newest signed checkpoint's verdict, no content",
  "audit-checkpoint.ts#latestCheckpoint":
    "helper of getCheckpointStatus (audit:read) and verifyAuditTrail; signed hashes only",
  // Helpers of checked functions, called only after their caller's assertCan.
  "settings.ts#loadSettings":
    "used inside checked writes (evidence limits, case due dates); takes a Tx or the client",
  "what-if.ts#decidedGroundTruth": "helper of prepareWhatIf / getRulesOverview (admin:access)",
  "what-if.ts#ruleFiringStats": "helper of getRulesOverview (admin:access)",
  "what-if-inputs.ts#storedProfilePages": "helper of prepareWhatIf (admin:access)",
  "what-if-inputs.ts#loadReuse": "helper of prepareWhatIf (admin:access)",
  "what-if-inputs.ts#loadHits": "helper of prepareWhatIf (admin:access)",
  "candidate-import-batch.ts#storedCandidates": "helper of runImportPlan (candidate:create)",
  "candidate-import-batch.ts#createBatch": "helper of runImportPlan (candidate:create)",
  "job-lease.ts#renewLease":
    "renews a lease its caller holds; called by workers that checked job:run or started the import",
};

interface Finding {
  key: string;
  problem: string;
}

type Fn = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;

function exportedFunctions(source: ts.SourceFile): { name: string; fn: Fn; exported: boolean }[] {
  const out: { name: string; fn: Fn; exported: boolean }[] = [];
  for (const st of source.statements) {
    const exported = Boolean(
      ts.getModifiers(st as ts.HasModifiers)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword),
    );
    if (ts.isFunctionDeclaration(st) && st.name && st.body)
      out.push({ name: st.name.text, fn: st, exported });
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (
          ts.isIdentifier(d.name) &&
          d.initializer &&
          (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))
        ) {
          out.push({ name: d.name.text, fn: d.initializer, exported });
        }
      }
    }
  }
  return out;
}

function touchesDatabase(fn: Fn, source: ts.SourceFile): boolean {
  const isAsync = Boolean(ts.getModifiers(fn)?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword));
  const returns = fn.type?.getText(source) ?? "";
  return isAsync || Boolean(fn.asteriskToken) || /\bPromise<|AsyncGenerator</.test(returns);
}

/** The call a top-level statement makes, seen through await and a variable declaration. */
function topLevelCall(st: ts.Statement): ts.CallExpression | null {
  let e: ts.Expression | undefined;
  if (ts.isExpressionStatement(st)) e = st.expression;
  else if (ts.isVariableStatement(st)) e = st.declarationList.declarations[0]?.initializer;
  else if (ts.isReturnStatement(st)) e = st.expression;
  while (e && (ts.isAwaitExpression(e) || ts.isParenthesizedExpression(e))) e = e.expression;
  return e && ts.isCallExpression(e) ? e : null;
}

function checksFirstParam(
  fn: Fn,
  source: ts.SourceFile,
  local: Map<string, Fn>,
  seen = new Set<Fn>(),
): boolean {
  if (seen.has(fn)) return false;
  seen.add(fn);
  const first = fn.parameters[0];
  if (!first || !ts.isIdentifier(first.name) || first.questionToken) return false;
  const type = first.type?.getText(source) ?? "";
  if (!/\b(Actor|Principal)\b/.test(type) || /\bnull\b|\bundefined\b/.test(type)) return false;
  const name = first.name.text;
  if (!fn.body || !ts.isBlock(fn.body)) return false;
  return fn.body.statements.some((st) => {
    const call = topLevelCall(st);
    if (!call || !ts.isIdentifier(call.expression)) return false;
    const arg = call.arguments[0];
    if (!arg || !ts.isIdentifier(arg) || arg.text !== name) return false;
    if (call.expression.text === "assertCan") return true;
    const callee = local.get(call.expression.text);
    return Boolean(callee && checksFirstParam(callee, source, local, seen));
  });
}

function takesTransaction(fn: Fn, source: ts.SourceFile): boolean {
  const first = fn.parameters[0];
  return Boolean(first && /^Tx\b/.test(first.type?.getText(source) ?? ""));
}

function findings(): { checked: string[]; problems: Finding[] } {
  const checked: string[] = [];
  const problems: Finding[] = [];
  const files = fs
    .readdirSync(DATA_DIR, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"));
  for (const file of files) {
    const text = fs.readFileSync(path.join(DATA_DIR, file), "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const all = exportedFunctions(source);
    const local = new Map(all.map((f) => [f.name, f.fn]));
    for (const { name, fn, exported } of all) {
      if (!exported || !touchesDatabase(fn, source)) continue;
      const key = `${file}#${name}`;
      checked.push(key);
      if (ALLOWED[key] || takesTransaction(fn, source) || checksFirstParam(fn, source, local)) continue;
      problems.push({
        key,
        problem: "exported without an unconditional permission check on a non-nullable first parameter",
      });
    }
    if (/if \((actor|principal)\)/.test(text))
      problems.push({ key: file, problem: "a permission check behind if (actor)" });
  }
  return { checked, problems };
}

describe("every lib/data export checks its caller's permission (a null actor used to skip the check)", () => {
  const { checked, problems } = findings();

  test("the scan sees the data layer", () => {
    // Guard against a scan that silently finds nothing (a moved folder, a parse change).
    expect(checked.length).toBeGreaterThan(60);
    expect(checked).toEqual(
      expect.arrayContaining([
        "users.ts#createUser",
        "api-keys.ts#createApiKey",
        "watchlist.ts#importWatchlist",
        "jobs.ts#runPendingJobs",
      ]),
    );
  });

  test("no export skips the check", () => {
    expect(problems).toEqual([]);
  });

  test("every allow-list entry still exists (a stale entry would hide a renamed function)", () => {
    for (const key of Object.keys(ALLOWED)) expect(checked).toContain(key);
  });
});
