import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { revokeSession, sessionIsLive } from "@/lib/data/auth-sessions";
import { signInWithPassword } from "@/lib/data/users";
import { createActor, DEFAULT_PASSWORD, requestMeta } from "./support/fixtures";

async function signIn(email: string): Promise<string> {
  const result = await signInWithPassword(email, DEFAULT_PASSWORD, requestMeta());
  if (result.status !== "signed_in") throw new Error(`sign-in ${result.status}`);
  return result.sessionId;
}

describe("token still valid after sign-out: sign-out ends the session on the server", () => {
  test("a sign-in opens a live session; signing out revokes it, audited in the same change", async () => {
    const user = await createActor("recruiter");
    const sid = await signIn(user.email);
    expect(await sessionIsLive(sid, user.id)).toBe(true);
    const meta = requestMeta();
    expect(await revokeSession(sid, user.id, meta)).toBe(true);
    expect(await sessionIsLive(sid, user.id)).toBe(false);
    expect(await db.auditEvent.findFirstOrThrow({ where: { requestId: meta.requestId } })).toMatchObject({
      action: "auth.sign_out",
      actorId: user.id,
      targetId: user.id,
    });
  });

  test("signing out one session leaves the person's other sessions open", async () => {
    const user = await createActor("recruiter");
    const [a, b] = [await signIn(user.email), await signIn(user.email)];
    await revokeSession(a, user.id, requestMeta());
    expect([await sessionIsLive(a, user.id), await sessionIsLive(b, user.id)]).toEqual([false, true]);
  });

  test("a session id cannot be used for, or revoked by, another user", async () => {
    const [owner, other] = [await createActor("recruiter"), await createActor("admin")];
    const sid = await signIn(owner.email);
    expect(await sessionIsLive(sid, other.id)).toBe(false);
    expect(await revokeSession(sid, other.id, requestMeta())).toBe(false);
    expect(await sessionIsLive(sid, owner.id)).toBe(true);
  });

  test("an unknown or expired session is not live", async () => {
    const user = await createActor("recruiter");
    expect(await sessionIsLive("no-such-session", user.id)).toBe(false);
    const sid = await signIn(user.email);
    await db.authSession.update({ where: { id: sid }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await sessionIsLive(sid, user.id)).toBe(false);
  });

  test("a failed sign-in opens no session", async () => {
    const user = await createActor("recruiter");
    const before = await db.authSession.count({ where: { userId: user.id } });
    expect(await signInWithPassword(user.email, "wrong password", requestMeta())).toEqual({
      status: "failed",
    });
    expect(await db.authSession.count({ where: { userId: user.id } })).toBe(before);
  });
});
