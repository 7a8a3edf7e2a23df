import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from "node:crypto";

/**
 * Signed checkpoints of the audit trail. Pure (no database, no files).
 *
 * The hash chain proves that no event was changed relative to its neighbours, but someone who
 * can write to the database can delete the newest events or re-hash the whole chain after an
 * edit, and the chain still verifies. A checkpoint is an Ed25519 signature, by a key that
 * never enters the database, over "event #seq had hash H at time T"; as long as one copy of it
 * is kept where the database's attacker cannot reach, the trail can be checked against it.
 */

export interface Checkpoint {
  seq: number;
  headHash: string;
  /** ISO-8601, as signed. */
  at: string;
  /** Which public key verifies it (see keyIdOf). */
  keyId: string;
  /** Base64 Ed25519 signature over checkpointPayload(). */
  signature: string;
}

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  keyId: string;
}

/** Domain-separated, line-based: nothing else Candor signs can be mistaken for a checkpoint. */
export function checkpointPayload(c: Pick<Checkpoint, "seq" | "headHash" | "at">): Buffer {
  return Buffer.from(`candor-audit-checkpoint/v1\nseq=${c.seq}\nhead=${c.headHash}\nat=${c.at}\n`, "utf8");
}

/** The first 16 hex digits of SHA-256 over the public key's SPKI encoding. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash("sha256")
    .update(publicKey.export({ type: "spki", format: "der" }))
    .digest("hex")
    .slice(0, 16);
}

export function publicKeyPem(publicKey: KeyObject): string {
  return String(publicKey.export({ type: "spki", format: "pem" }));
}

export function signCheckpoint(key: SigningKey, c: { seq: number; headHash: string; at: Date }): Checkpoint {
  const unsigned = { seq: c.seq, headHash: c.headHash, at: c.at.toISOString() };
  return {
    ...unsigned,
    keyId: key.keyId,
    signature: sign(null, checkpointPayload(unsigned), key.privateKey).toString("base64"),
  };
}

/** True only for a well-formed checkpoint whose signature verifies under `publicKey`. */
export function checkpointSignatureValid(publicKey: KeyObject, c: Checkpoint): boolean {
  if (
    !Number.isSafeInteger(c.seq) ||
    c.seq < 1 ||
    !/^[0-9a-f]{64}$/.test(c.headHash) ||
    Number.isNaN(Date.parse(c.at))
  )
    return false;
  try {
    return verify(null, checkpointPayload(c), publicKey, Buffer.from(c.signature, "base64"));
  } catch {
    return false;
  }
}

function requireEd25519(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== "ed25519")
    throw new Error(`expected an Ed25519 key, got ${key.asymmetricKeyType ?? key.type}`);
  return key;
}

function signingKeyOf(privateKey: KeyObject): SigningKey {
  requireEd25519(privateKey);
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

/**
 * The signing key from its text: a key file written by `audit keygen` (JSON), a PKCS#8 PEM, or
 * the base64 of a PKCS#8 DER (handy in an environment variable).
 */
export function parseSigningKey(text: string): SigningKey {
  const trimmed = text.trim();
  if (trimmed.startsWith("{")) {
    const parsed = JSON.parse(trimmed) as { privateKey?: unknown };
    if (typeof parsed.privateKey !== "string") throw new Error("the key file has no privateKey");
    return signingKeyOf(createPrivateKey(parsed.privateKey));
  }
  if (trimmed.startsWith("-----BEGIN")) return signingKeyOf(createPrivateKey(trimmed));
  return signingKeyOf(
    createPrivateKey({ key: Buffer.from(trimmed, "base64"), format: "der", type: "pkcs8" }),
  );
}

/** A public key from SPKI PEM or the base64 of SPKI DER. */
export function parsePublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  if (trimmed.startsWith("-----BEGIN")) return requireEd25519(createPublicKey(trimmed));
  return requireEd25519(
    createPublicKey({ key: Buffer.from(trimmed, "base64"), format: "der", type: "spki" }),
  );
}

/** A new key pair as the key file's text (keep it 0600, outside the database) and its public half. */
export function generateKeyFile(now = new Date()): { text: string; publicKeyPem: string; keyId: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const keyId = keyIdOf(publicKey);
  const pem = publicKeyPem(publicKey);
  const text = `${JSON.stringify(
    {
      type: "candor-audit-signing-key",
      algorithm: "Ed25519",
      keyId,
      createdAt: now.toISOString(),
      privateKey: String(privateKey.export({ type: "pkcs8", format: "pem" })),
      publicKey: pem,
    },
    null,
    2,
  )}\n`;
  return { text, publicKeyPem: pem, keyId };
}

/** One line of the checkpoint file, or null when it is not a checkpoint. */
export function parseCheckpointLine(line: string): Checkpoint | null {
  try {
    const c = JSON.parse(line) as Partial<Checkpoint>;
    if (
      typeof c.seq !== "number" ||
      typeof c.headHash !== "string" ||
      typeof c.at !== "string" ||
      typeof c.keyId !== "string" ||
      typeof c.signature !== "string"
    )
      return null;
    return { seq: c.seq, headHash: c.headHash, at: c.at, keyId: c.keyId, signature: c.signature };
  } catch {
    return null;
  }
}

export function checkpointLine(c: Checkpoint): string {
  return `${JSON.stringify({ seq: c.seq, headHash: c.headHash, at: c.at, keyId: c.keyId, signature: c.signature })}\n`;
}

/**
 * Whether a new checkpoint is due, given the events appended since the last one (and when that
 * one was signed, or null if there is none): after `every` events, or `minutes` after the last
 * one once anything new exists. Nothing new, nothing to sign.
 */
export function checkpointDue(
  newEvents: number,
  lastAt: string | null,
  now: Date,
  policy: { every: number; minutes: number },
): boolean {
  if (newEvents === 0) return false;
  if (lastAt === null) return true;
  return newEvents >= policy.every || now.getTime() - Date.parse(lastAt) >= policy.minutes * 60_000;
}
