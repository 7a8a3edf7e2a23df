import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { authenticate, createUser, listUsers, loadActor } from "@/lib/data/users";
import { checkDatabase } from "@/lib/data/health";
import { verifyPassword } from "@/lib/auth/password";
import { ConflictError, ValidationError } from "@/lib/errors";
import {
  createActor,
  DEFAULT_PASSWORD,
  rejectionOf,
  requestMeta,
  rowCounts,
  uid,
  type TestActor,
} from "./support/fixtures";
import { OPERATOR_ACTOR } from "@/lib/data/types";

const ARGON2ID_OWASP = "$argon2id$v=19$m=19456,t=2,p=1$";

describe("createUser", () => {
  test("stores only an argon2id hash (OWASP parameters) of the password", async () => {
    const user = await createActor("recruiter");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash.startsWith(ARGON2ID_OWASP)).toBe(true);
    expect(row.passwordHash).not.toContain(DEFAULT_PASSWORD);
    expect(await verifyPassword(row.passwordHash, DEFAULT_PASSWORD)).toBe(true);
    expect(row).toMatchObject({ role: "recruiter", disabled: false, sessionVersion: 1, lastSignInAt: null });
  });

  test("the same password hashes differently for two users (salted)", async () => {
    const [a, b] = await Promise.all([createActor("recruiter"), createActor("recruiter")]);
    const rows = await db.user.findMany({
      where: { id: { in: [a.id, b.id] } },
      select: { passwordHash: true },
    });
    expect(rows).toHaveLength(2);
    expect(rows[0]!.passwordHash).not.toBe(rows[1]!.passwordHash);
  });

  test("without a password it generates one, returns it once, and it signs in", async () => {
    const email = `generated.${uid()}@candor.test`;
    const { user, password } = await createUser(
      OPERATOR_ACTOR,
      { email, role: "security_lead" },
      requestMeta(),
    );
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(user.name).toBe(email.split("@")[0]);
    expect(await authenticate(email, password, requestMeta())).toMatchObject({
      id: user.id,
      role: "security_lead",
    });
  });

  test("trims and lower-cases the email", async () => {
    const token = uid();
    const { user } = await createUser(
      OPERATOR_ACTOR,
      { email: `  Mixed.Case.${token}@Candor.TEST `, role: "admin" },
      requestMeta(),
    );
    expect(user.email).toBe(`mixed.case.${token}@candor.test`);
  });

  test.each([
    { label: "the same email", variant: (e: string) => e },
    { label: "the same email in upper case", variant: (e: string) => e.toUpperCase() },
    { label: "the same email with spaces around it", variant: (e: string) => ` ${e}  ` },
  ])("$label twice throws ConflictError and adds nothing", async ({ variant }) => {
    const existing = await createActor("recruiter");
    const before = await rowCounts();
    const error = await rejectionOf(
      createUser(
        OPERATOR_ACTOR,
        { email: variant(existing.email), role: "admin" },
        requestMeta(),
        "another password",
      ),
      ConflictError,
    );
    expect(error.status).toBe(409);
    expect(await rowCounts()).toEqual(before);
    const row = await db.user.findUniqueOrThrow({ where: { email: existing.email } });
    expect({
      id: row.id,
      role: row.role,
      password: await verifyPassword(row.passwordHash, DEFAULT_PASSWORD),
    }).toEqual({ id: existing.id, role: "recruiter", password: true });
  });

  test.each([
    { label: "a malformed email", input: { email: "not-an-email", role: "recruiter" }, paths: ["email"] },
    {
      label: "an unknown role",
      input: { email: `role.${uid()}@candor.test`, role: "superuser" },
      paths: ["role"],
    },
    {
      label: "a blank name",
      input: { email: `blank.${uid()}@candor.test`, name: "  ", role: "recruiter" },
      paths: ["name"],
    },
  ])("$label throws ValidationError and adds nothing", async ({ input, paths }) => {
    const before = await rowCounts();
    const error = await rejectionOf(createUser(OPERATOR_ACTOR, input, requestMeta()), ValidationError);
    expect(Object.keys(error.fieldErrors)).toEqual(paths);
    expect(await rowCounts()).toEqual(before);
  });
});

describe("authenticate", () => {
  let user: TestActor;
  beforeAll(async () => {
    user = await createActor("security_lead");
  });

  test("the right password returns the session identity and stamps lastSignInAt", async () => {
    const before = Date.now();
    const session = await authenticate(user.email, DEFAULT_PASSWORD, requestMeta());
    expect(session).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      role: "security_lead",
      sessionVersion: 1,
    });
    const { lastSignInAt } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(lastSignInAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  test("the email is matched trimmed and case-insensitively", async () => {
    expect(
      await authenticate(`  ${user.email.toUpperCase()} `, DEFAULT_PASSWORD, requestMeta()),
    ).toMatchObject({ id: user.id });
  });

  test.each([
    { label: "a wrong password", email: () => user.email, password: "wrong horse battery staple" },
    {
      label: "the password in another case",
      email: () => user.email,
      password: DEFAULT_PASSWORD.toUpperCase(),
    },
    { label: "an empty password", email: () => user.email, password: "" },
    { label: "an unknown email", email: () => `unknown.${uid()}@candor.test`, password: DEFAULT_PASSWORD },
  ])("$label returns null and does not stamp lastSignInAt", async ({ email, password }) => {
    const before = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { lastSignInAt: true },
    });
    expect(await authenticate(email(), password, requestMeta())).toBeNull();
    expect(
      await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lastSignInAt: true } }),
    ).toEqual(before);
  });

  test("a disabled user cannot sign in, even with the right password", async () => {
    const disabled = await createActor("recruiter");
    expect(await authenticate(disabled.email, DEFAULT_PASSWORD, requestMeta())).not.toBeNull();
    await db.user.update({ where: { id: disabled.id }, data: { disabled: true } });
    expect(await authenticate(disabled.email, DEFAULT_PASSWORD, requestMeta())).toBeNull();
  });
});

describe("loadActor", () => {
  test("returns the actor for the current session version, and null once the version is bumped", async () => {
    const user = await createActor("admin");
    expect(await loadActor(user.id, 1)).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      role: "admin",
    });
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadActor(user.id, 1)).toBeNull();
    expect(await loadActor(user.id, 2)).toMatchObject({ id: user.id, role: "admin" });
  });

  test.each([
    {
      label: "a disabled user",
      prepare: async (u: TestActor) =>
        void (await db.user.update({ where: { id: u.id }, data: { disabled: true } })),
      id: (u: TestActor) => u.id,
      version: 1,
    },
    {
      label: "a session version from the future",
      prepare: async () => undefined,
      id: (u: TestActor) => u.id,
      version: 2,
    },
    { label: "an unknown user id", prepare: async () => undefined, id: () => `missing-${uid()}`, version: 1 },
  ])("returns null for $label", async ({ prepare, id, version }) => {
    const user = await createActor("recruiter");
    expect(await loadActor(user.id, 1)).not.toBeNull();
    await prepare(user);
    expect(await loadActor(id(user), version)).toBeNull();
  });
});

describe("listUsers", () => {
  test("an admin sees every person's account (not API keys' service users), without password hashes", async () => {
    const [admin, lead] = await Promise.all([createActor("admin"), createActor("security_lead")]);
    const users = await listUsers(admin);
    expect(users.length).toBe(
      await db.user.count({ where: { email: { not: { endsWith: "@api.candor.invalid" } } } }),
    );
    expect(users.some((u) => u.email.endsWith("@api.candor.invalid"))).toBe(false);
    expect(users.find((u) => u.id === lead.id)).toEqual({
      id: lead.id,
      email: lead.email,
      name: lead.name,
      role: "security_lead",
      disabled: false,
      createdAt: expect.any(String),
      lastSignInAt: null,
    });
    for (const u of users) expect(Object.keys(u)).not.toContain("passwordHash");
  });
});

test("the health check reports the database reachable", async () => {
  expect(await checkDatabase()).toEqual({ ok: true });
});
