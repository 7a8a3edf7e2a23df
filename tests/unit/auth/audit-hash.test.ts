import { describe, expect, test } from "vitest";
import { auditHash, canonicalJson, GENESIS_HASH, type AuditContent } from "@/lib/data/audit-hash";

const event: AuditContent = {
  id: "e1",
  at: "2026-11-25T10:00:00.000Z",
  actorId: "u1",
  actorEmail: "a@candor.test",
  action: "candidate.created",
  targetType: "candidate",
  targetId: "c1",
  before: null,
  after: { b: 1, a: [1, { d: 2, c: 3 }] },
  requestId: "r1",
  ip: "127.0.0.1",
};

describe("audit hashing", () => {
  test("canonical JSON sorts keys at every level", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  test("the same content hashes the same whatever the key order", () => {
    const reordered = { ...event, after: { a: [1, { c: 3, d: 2 }], b: 1 } };
    expect(auditHash(GENESIS_HASH, reordered)).toBe(auditHash(GENESIS_HASH, event));
  });

  test.each([
    ["action", { action: "candidate.updated" }],
    ["actor", { actorId: "u2" }],
    ["time", { at: "2026-11-25T10:00:01.000Z" }],
    ["after", { after: { b: 2, a: [1, { d: 2, c: 3 }] } }],
  ])("changing the %s changes the hash", (_name, patch) => {
    expect(auditHash(GENESIS_HASH, { ...event, ...patch })).not.toBe(auditHash(GENESIS_HASH, event));
  });

  test("the previous hash is part of the chain", () => {
    expect(auditHash("a".repeat(64), event)).not.toBe(auditHash(GENESIS_HASH, event));
    expect(auditHash(GENESIS_HASH, event)).toMatch(/^[0-9a-f]{64}$/);
  });
});
