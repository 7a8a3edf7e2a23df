import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createCandidate, getCandidate, listCandidates, updateCandidate } from "@/lib/data/candidates";
import { createUser, listUsers } from "@/lib/data/users";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { ROLE_NAMES, type RoleName } from "@/lib/auth/permissions";
import { OPERATOR_ACTOR, type Actor } from "@/lib/data/types";
import {
  candidateInput,
  createActor,
  rejectionOf,
  requestMeta,
  rowCounts,
  uid,
  withRole,
  type TestActor,
} from "./support/fixtures";

/**
 * The permission table, exercised through the data layer itself: every call either does its
 * job (checked by its effect) or is refused with ForbiddenError before touching the database.
 */
type Operation =
  "createCandidate" | "updateCandidate" | "getCandidate" | "listCandidates" | "listUsers" | "createUser";

let target: { id: string; fullName: string };
const actors = new Map<RoleName, TestActor>();

beforeAll(async () => {
  for (const role of ROLE_NAMES) actors.set(role, await createActor(role));
  const input = candidateInput();
  const { id } = await createCandidate(actors.get("recruiter")!, input, requestMeta());
  target = { id, fullName: input.fullName };
});

/** Each operation checks its own effect when it is allowed to run. */
const OPERATIONS: Record<Operation, (actor: Actor) => Promise<void>> = {
  async createCandidate(actor) {
    const input = candidateInput();
    const { id } = await createCandidate(actor, input, requestMeta());
    expect(await db.candidate.findUnique({ where: { id } })).toMatchObject({
      email: input.email,
      createdById: actor.id,
    });
  },
  async updateCandidate(actor) {
    const { version, profile } = await db.candidate.findUniqueOrThrow({ where: { id: target.id } });
    const notes = `Edited by ${actor.role} ${uid()}`;
    const result = await updateCandidate(
      actor,
      target.id,
      version,
      { ...(profile as object), notes },
      requestMeta(),
    );
    expect(result.version).toBe(version + 1);
    expect((await db.candidate.findUniqueOrThrow({ where: { id: target.id } })).profile).toMatchObject({
      notes,
    });
  },
  async getCandidate(actor) {
    const detail = await getCandidate(actor, target.id, requestMeta());
    expect(detail.profile.fullName).toBe(target.fullName);
  },
  async listCandidates(actor) {
    const page = await listCandidates(actor, { q: target.fullName });
    expect(page.items.map((i) => i.id)).toEqual([target.id]);
  },
  async listUsers(actor) {
    const users = await listUsers(actor);
    expect(users.map((u) => u.id)).toContain(actor.id);
  },
  async createUser(actor) {
    const email = `made.by.${actor.role}.${uid()}@candor.test`;
    const { user } = await createUser(actor, { email, role: "recruiter" }, requestMeta());
    expect(user).toMatchObject({ email, role: "recruiter", disabled: false });
  },
};

const ALLOWED: Record<RoleName, readonly Operation[]> = {
  recruiter: ["createCandidate", "updateCandidate", "getCandidate", "listCandidates"],
  security_lead: ["getCandidate", "listCandidates"],
  admin: ["getCandidate", "listCandidates", "listUsers", "createUser"],
};

const OPERATION_NAMES = Object.keys(OPERATIONS) as Operation[];
const MATRIX = ROLE_NAMES.flatMap((role) =>
  OPERATION_NAMES.map((operation) => ({ role, operation, allowed: ALLOWED[role].includes(operation) })),
);

describe("role permissions", () => {
  test("the matrix covers every role and operation, and each operation is allowed to someone", () => {
    expect(MATRIX).toHaveLength(ROLE_NAMES.length * OPERATION_NAMES.length);
    for (const operation of OPERATION_NAMES)
      expect(MATRIX.some((m) => m.operation === operation && m.allowed)).toBe(true);
  });

  test.each(MATRIX.filter((m) => m.allowed))("$role may $operation", async ({ role, operation }) => {
    await OPERATIONS[operation](actors.get(role)!);
  });

  test.each(MATRIX.filter((m) => !m.allowed))(
    "$role may not $operation, and the refusal writes nothing",
    async ({ role, operation }) => {
      const before = await rowCounts();
      const targetBefore = await db.candidate.findUniqueOrThrow({ where: { id: target.id } });
      const error = await rejectionOf(OPERATIONS[operation](actors.get(role)!), ForbiddenError);
      expect(error.status).toBe(403);
      expect(await rowCounts()).toEqual(before);
      expect(await db.candidate.findUniqueOrThrow({ where: { id: target.id } })).toEqual(targetBefore);
    },
  );
});

describe("fails closed for unknown roles and missing actors", () => {
  const UNKNOWN_ROLES = [
    "superuser",
    "",
    "Admin",
    "RECRUITER",
    " recruiter",
    "root",
    "__proto__",
    "constructor",
  ];
  const CASES = UNKNOWN_ROLES.flatMap((role) => OPERATION_NAMES.map((operation) => ({ role, operation })));

  test.each(CASES)("role $role gets ForbiddenError for $operation", async ({ role, operation }) => {
    // A tampered actor built from a real admin's identity: only the role is wrong.
    const actor = withRole(actors.get("admin")!, role);
    const before = await rowCounts();
    await rejectionOf(OPERATIONS[operation](actor), ForbiddenError);
    expect(await rowCounts()).toEqual(before);
  });

  const WITHOUT_ACTOR: Record<Exclude<Operation, "createUser">, () => Promise<unknown>> = {
    createCandidate: () => createCandidate(null as unknown as Actor, candidateInput(), requestMeta()),
    updateCandidate: () =>
      updateCandidate(undefined as unknown as Actor, target.id, 1, candidateInput(), requestMeta()),
    getCandidate: () => getCandidate(null as unknown as Actor, target.id, requestMeta()),
    listCandidates: () => listCandidates(undefined as unknown as Actor, {}),
    listUsers: () => listUsers(null as unknown as Actor),
  };

  test.each(Object.keys(WITHOUT_ACTOR) as (keyof typeof WITHOUT_ACTOR)[])(
    "%s without an actor throws UnauthenticatedError",
    async (operation) => {
      const before = await rowCounts();
      const error = await rejectionOf(WITHOUT_ACTOR[operation](), UnauthenticatedError);
      expect(error.status).toBe(401);
      expect(await rowCounts()).toEqual(before);
    },
  );

  test("createUser without an actor is refused: the command line passes the operator principal instead", async () => {
    const before = await rowCounts();
    await rejectionOf(
      createUser(
        null as unknown as Actor,
        { email: `cli.${uid()}@candor.test`, role: "admin" },
        requestMeta(),
      ),
      UnauthenticatedError,
    );
    expect(await rowCounts()).toEqual(before);
  });

  test("createUser as the operator (CLI, seed) is audited as such: no user, the command line's request id", async () => {
    const meta = requestMeta();
    const { user } = await createUser(
      OPERATOR_ACTOR,
      { email: `cli.${uid()}@candor.test`, role: "admin" },
      meta,
    );
    const events = await db.auditEvent.findMany({ where: { requestId: meta.requestId } });
    expect(events.map((e) => [e.action, e.actorId, e.actorEmail, e.targetId])).toEqual([
      ["user.created", null, null, user.id],
    ]);
  });
});
