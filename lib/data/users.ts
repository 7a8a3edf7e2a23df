import "server-only";
import { db, type Tx } from "@/lib/db";
import { beginSignInAttempt, finishSuccessfulAttempt } from "@/lib/data/sign-in-throttle";
import { openSession } from "@/lib/data/auth-sessions";
import { appendAudit } from "@/lib/data/audit";
import { assertCan, isRoleName, type RoleName } from "@/lib/auth/permissions";
import { newUserSchema, roleChangeSchema } from "@/lib/schemas/user";
import { dummyPasswordHash, generatePassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import { fieldErrorsFromIssues, ValidationError, ConflictError, NotFoundError } from "@/lib/errors";
import type { Actor, Principal, RequestMeta } from "@/lib/data/types";

export interface UserDto {
  id: string;
  email: string;
  name: string;
  role: RoleName;
  disabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}

const userSelect = { id: true, email: true, name: true, role: true, disabled: true, createdAt: true, lastSignInAt: true } as const;

function toDto(u: { id: string; email: string; name: string; role: string; disabled: boolean; createdAt: Date; lastSignInAt: Date | null }): UserDto {
  return {
    ...u,
    role: u.role as RoleName,
    createdAt: u.createdAt.toISOString(),
    lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
  };
}

/**
 * Creates an account with a generated password, returned once and stored only as an argon2id
 * hash. The command line and the demo seed pass OPERATOR_ACTOR: there is no call without a
 * principal whose permission is checked.
 */
export async function createUser(
  actor: Principal,
  raw: unknown,
  meta: RequestMeta,
  password: string = generatePassword(),
): Promise<{ user: UserDto; password: string }> {
  assertCan(actor, "user:manage");
  const parsed = newUserSchema.safeParse(raw);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromIssues(parsed.error.issues));
  const { email, role } = parsed.data;
  const name = parsed.data.name ?? email.split("@")[0]!;
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new ConflictError(`A user with the email ${email} already exists.`);
    }
    const created = await tx.user.create({ data: { email, name, role, passwordHash }, select: userSelect });
    await appendAudit(tx, actor, meta, {
      action: "user.created",
      targetType: "user",
      targetId: created.id,
      after: { email, name, role },
    });
    return created;
  });
  return { user: toDto(user), password };
}

export async function listUsers(actor: Actor): Promise<UserDto[]> {
  assertCan(actor, "user:manage");
  // API keys act through service users of their own; they are managed on the API keys page.
  const rows = await db.user.findMany({ where: { email: { not: { endsWith: "@api.candor.invalid" } } }, select: userSelect, orderBy: [{ role: "asc" }, { email: "asc" }] });
  return rows.map(toDto);
}

/**
 * A burst of sign-ins (a guesser's, mostly refused) queues one short audit transaction each
 * behind the audit chain's lock; waiting in that line is expected and must not become a 500
 * for the person signing in at the same moment, as Prisma's default wait of 2 s would.
 */
const SIGN_IN_TX = { maxWait: 15_000, timeout: 15_000 } as const;

export type SessionIdentity = { id: string; email: string; name: string; role: RoleName; sessionVersion: number };

export type SignInResult =
  | { status: "signed_in"; user: SessionIdentity; sessionId: string; deviceId: string | null }
  | { status: "failed" }
  | { status: "throttled"; retryAfterSeconds: number };

/**
 * Checks a sign-in. Success, failure and refusal are all audited; the caller shows one generic
 * message for any failure (unknown email, wrong password, disabled account). The throttle's
 * slots are taken before the password is checked (lib/data/sign-in-throttle.ts), so parallel
 * guesses get no more evaluations than sequential ones. `deviceId` is a device cookie the caller
 * has verified for this email (lib/auth/device.ts), or null. A success opens a server-side
 * session (lib/data/auth-sessions.ts) in the same transaction as its audit event.
 */
export async function signInWithPassword(emailRaw: string, password: string, meta: RequestMeta, deviceId: string | null = null): Promise<SignInResult> {
  const email = emailRaw.trim().toLowerCase();
  const decision = await beginSignInAttempt(email, meta.ip, deviceId);
  if (!decision.allowed) {
    const after = { email, limit: decision.limit, retryAfterSeconds: decision.retryAfterSeconds };
    await db.$transaction((tx) => appendAudit(tx, null, meta, { action: "auth.sign_in_locked", targetType: "user", after }), SIGN_IN_TX);
    return { status: "throttled", retryAfterSeconds: decision.retryAfterSeconds };
  }
  const user = await db.user.findUnique({ where: { email } });
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await dummyPasswordHash(), password).then(() => false);
  const success = Boolean(user && ok && !user.disabled && isRoleName(user.role));
  const sessionId = await db.$transaction(async (tx) => {
    let opened: string | null = null;
    if (success && user) {
      await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
      opened = await openSession(tx, user.id);
    }
    await appendAudit(tx, user && success ? { id: user.id, email: user.email } : null, meta, {
      action: success ? "auth.sign_in" : "auth.sign_in_failed",
      targetType: "user",
      targetId: user?.id,
      after: success ? undefined : { email, reason: !user ? "unknown_email" : user.disabled ? "disabled" : "bad_password" },
    });
    return opened;
  }, SIGN_IN_TX);
  if (!success || !user || !sessionId) return { status: "failed" };
  await finishSuccessfulAttempt(email, decision);
  return {
    status: "signed_in",
    user: { id: user.id, email: user.email, name: user.name, role: user.role as RoleName, sessionVersion: user.sessionVersion },
    sessionId,
    deviceId: decision.deviceId,
  };
}

/** signInWithPassword for callers that need only who signed in (the command line, tests). */
export async function authenticate(emailRaw: string, password: string, meta: RequestMeta, deviceId: string | null = null): Promise<SessionIdentity | null> {
  const result = await signInWithPassword(emailRaw, password, meta, deviceId);
  return result.status === "signed_in" ? result.user : null;
}

/** The last active admin cannot be demoted or disabled: someone must always be able to run Candor. */
async function assertNotLastAdmin(tx: Tx, userId: string): Promise<void> {
  const others = await tx.user.count({ where: { role: "admin", disabled: false, id: { not: userId } } });
  if (others === 0) throw new ConflictError("This is the last active admin. Make someone else an admin first.");
}

/** Changing a role ends the user's existing sessions at once (their session version moves on). */
export async function changeUserRole(actor: Actor, userId: string, raw: unknown, meta: RequestMeta): Promise<UserDto> {
  assertCan(actor, "user:manage");
  const parsed = roleChangeSchema.safeParse(raw);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromIssues(parsed.error.issues));
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: userSelect });
    if (!user) throw new NotFoundError("User not found.");
    if (user.role === parsed.data.role) return toDto(user);
    if (user.role === "admin" && !user.disabled) await assertNotLastAdmin(tx, userId);
    const updated = await tx.user.update({ where: { id: userId }, data: { role: parsed.data.role, sessionVersion: { increment: 1 } }, select: userSelect });
    await appendAudit(tx, actor, meta, { action: "user.role_changed", targetType: "user", targetId: userId, before: { role: user.role }, after: { role: parsed.data.role } });
    return toDto(updated);
  });
}

/** Disabling a user ends their sessions at once; enabling lets them sign in again. */
export async function setUserDisabled(actor: Actor, userId: string, disabled: boolean, meta: RequestMeta): Promise<UserDto> {
  assertCan(actor, "user:manage");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: userSelect });
    if (!user) throw new NotFoundError("User not found.");
    if (user.disabled === disabled) return toDto(user);
    if (disabled && user.role === "admin") await assertNotLastAdmin(tx, userId);
    const updated = await tx.user.update({ where: { id: userId }, data: { disabled, sessionVersion: { increment: 1 } }, select: userSelect });
    await appendAudit(tx, actor, meta, { action: disabled ? "user.disabled" : "user.enabled", targetType: "user", targetId: userId, before: { disabled: user.disabled }, after: { disabled } });
    return toDto(updated);
  });
}

/** Re-reads the session's user on every request: a disabled user or a bumped session version ends the session. */
export async function loadActor(userId: string, sessionVersion: number): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true },
  });
  if (!user || user.disabled || user.sessionVersion !== sessionVersion || !isRoleName(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
