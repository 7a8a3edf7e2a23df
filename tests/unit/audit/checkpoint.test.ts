import { generateKeyPairSync } from "node:crypto";
import { describe, expect, test } from "vitest";
import {
  checkpointDue,
  checkpointLine,
  checkpointSignatureValid,
  generateKeyFile,
  keyIdOf,
  parseCheckpointLine,
  parsePublicKey,
  parseSigningKey,
  publicKeyPem,
  signCheckpoint,
  type Checkpoint,
} from "@/lib/audit/checkpoint";

const key = parseSigningKey(generateKeyFile().text);
const head = { seq: 200, headHash: "ab".repeat(32), at: new Date("2026-12-04T12:00:00.000Z") };

describe("signing and verifying a checkpoint", () => {
  test("a checkpoint signs the sequence number, head hash and time, and verifies under the public key", () => {
    const c = signCheckpoint(key, head);
    expect(c).toEqual({
      seq: 200,
      headHash: head.headHash,
      at: "2026-12-04T12:00:00.000Z",
      keyId: key.keyId,
      signature: expect.stringMatching(/^[A-Za-z0-9+/]{86}==$/),
    });
    expect(checkpointSignatureValid(key.publicKey, c)).toBe(true);
  });

  test.each<[string, (c: Checkpoint) => Checkpoint]>([
    ["a moved sequence number (the trail cut shorter)", (c) => ({ ...c, seq: c.seq - 50 })],
    ["another head hash (a re-chained trail)", (c) => ({ ...c, headHash: "cd".repeat(32) })],
    ["another time", (c) => ({ ...c, at: "2026-12-04T12:00:01.000Z" })],
    [
      "a flipped signature bit",
      (c) => ({
        ...c,
        signature: Buffer.from(
          Buffer.from(c.signature, "base64").map((b, i) => (i === 0 ? b ^ 1 : b)),
        ).toString("base64"),
      }),
    ],
    ["a truncated signature", (c) => ({ ...c, signature: c.signature.slice(0, 40) })],
    ["a signature that is not base64 of anything", (c) => ({ ...c, signature: "not a signature" })],
    ["a malformed head hash", (c) => ({ ...c, headHash: "xyz" })],
  ])("a forged checkpoint with %s is refused", (_label, forge) => {
    expect(checkpointSignatureValid(key.publicKey, forge(signCheckpoint(key, head)))).toBe(false);
  });

  test("a forged checkpoint signed with an attacker's own key is refused, whatever key id it claims", () => {
    const attacker = parseSigningKey(generateKeyFile().text);
    const forged = { ...signCheckpoint(attacker, head), keyId: key.keyId };
    expect(checkpointSignatureValid(key.publicKey, forged)).toBe(false);
    expect(checkpointSignatureValid(attacker.publicKey, forged)).toBe(true);
  });
});

describe("keys", () => {
  test("the key file, a PKCS#8 PEM and base64 DER all give the same key; the key id is the public key's", () => {
    const file = generateKeyFile();
    const fromFile = parseSigningKey(file.text);
    const pem = String(fromFile.privateKey.export({ type: "pkcs8", format: "pem" }));
    const der = (fromFile.privateKey.export({ type: "pkcs8", format: "der" }) as Buffer).toString("base64");
    for (const k of [parseSigningKey(pem), parseSigningKey(der)]) expect(k.keyId).toBe(fromFile.keyId);
    expect(file.keyId).toBe(fromFile.keyId);
    expect(keyIdOf(parsePublicKey(file.publicKeyPem))).toBe(file.keyId);
    expect(publicKeyPem(fromFile.publicKey)).toBe(file.publicKeyPem);
    expect(JSON.parse(file.text)).toMatchObject({
      algorithm: "Ed25519",
      keyId: file.keyId,
      publicKey: file.publicKeyPem,
    });
  });

  test("a key of another algorithm is rejected", () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    expect(() => parseSigningKey(String(privateKey.export({ type: "pkcs8", format: "pem" })))).toThrow(
      /Ed25519/,
    );
  });
});

describe("the checkpoint file's lines", () => {
  test("a line round-trips; anything else is not a checkpoint", () => {
    const c = signCheckpoint(key, head);
    expect(parseCheckpointLine(checkpointLine(c))).toEqual(c);
    expect(checkpointLine(c).endsWith("\n")).toBe(true);
    expect(parseCheckpointLine("{not json")).toBeNull();
    expect(parseCheckpointLine(JSON.stringify({ seq: "1" }))).toBeNull();
  });
});

describe("when a checkpoint is due", () => {
  const policy = { every: 100, minutes: 10 };
  const now = new Date("2026-12-04T12:00:00.000Z");
  test.each([
    [0, null, false],
    [1, null, true],
    [99, "2026-12-04T11:55:00.000Z", false],
    [100, "2026-12-04T11:55:00.000Z", true],
    [1, "2026-12-04T11:50:00.000Z", true],
    [0, "2026-12-04T10:00:00.000Z", false],
  ] as const)("%i new events since a checkpoint at %s: due %s", (newEvents, lastAt, due) => {
    expect(checkpointDue(newEvents, lastAt, now, policy)).toBe(due);
  });
});
