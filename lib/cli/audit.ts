import fs from "node:fs";
import path from "node:path";

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`--${name} needs a value`);
  return value;
}

export const DEFAULT_KEY_FILE = path.join("data", "audit-signing-key.json");

/** Writes a new key pair file readable by its owner only; never overwrites one (that would orphan its checkpoints). */
export async function keygen(out: string): Promise<{ file: string; publicKeyPem: string; keyId: string }> {
  const { generateKeyFile } = await import("@/lib/audit/checkpoint");
  const key = generateKeyFile();
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  try {
    fs.writeFileSync(out, key.text, { mode: 0o600, flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST")
      throw new Error(
        `${out} already exists; move it away first (its public key still verifies the checkpoints it signed)`,
      );
    throw e;
  }
  fs.chmodSync(out, 0o600);
  return { file: out, publicKeyPem: key.publicKeyPem, keyId: key.keyId };
}

/** `audit verify|checkpoint|keygen`: see lib/cli/main.ts for usage. */
export async function auditCommand(sub: string | undefined, args: string[]): Promise<number> {
  if (sub === "keygen") {
    const { file, publicKeyPem, keyId } = await keygen(flag(args, "out") ?? DEFAULT_KEY_FILE);
    console.log(`Wrote a new Ed25519 audit signing key to ${file} (mode 0600, key id ${keyId}).`);
    console.log(
      `Set CANDOR_AUDIT_SIGNING_KEY_FILE=${path.resolve(file)} for the server and the CLI, and keep the file out of the database's backups.`,
    );
    console.log(
      `Public key (publish it; CANDOR_AUDIT_PUBLIC_KEY on a verify-only machine):\n${publicKeyPem.trim()}`,
    );
    return 0;
  }
  if (sub === "checkpoint") {
    const { writeCheckpoint } = await import("@/lib/data/audit-checkpoint");
    const { OPERATOR_ACTOR } = await import("@/lib/data/types");
    const result = await writeCheckpoint(OPERATOR_ACTOR);
    if ("skipped" in result) {
      console.error(`No checkpoint written: ${result.skipped}`);
      return /already checkpointed/.test(result.skipped) ? 0 : 1;
    }
    const c = result.written;
    console.log(`Checkpoint: event #${c.seq}, head ${c.headHash}, signed ${c.at} by key ${c.keyId}`);
    return 0;
  }
  if (sub === "verify") {
    const { verifyAuditTrail } = await import("@/lib/data/audit-verify");
    const { chain, checkpoint, ok } = await verifyAuditTrail();
    // The first line keeps its long-standing form ("ok, N events, head H") for scripts that read it.
    if (chain.ok) console.log(`${ok ? "ok" : "chain intact"}, ${chain.events} events, head ${chain.head}`);
    else
      console.error(
        `broken at event #${chain.seq} (${chain.id}) after ${chain.events} good events: ${chain.problem}`,
      );
    if (checkpoint.status === "verified") console.log(checkpoint.message);
    else if (checkpoint.status === "skipped" || checkpoint.status === "none")
      console.error(`warning: ${checkpoint.message}`);
    else console.error(`${checkpoint.status}: ${checkpoint.message}`);
    return ok ? 0 : 1;
  }
  throw new Error(`Unknown audit command: ${sub ?? "(none)"}`);
}
