import "server-only";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/env";

/**
 * The device cookie: proof that this browser signed in to this account before. Sign-ins that
 * carry it are exempt from the account-wide pace (lib/data/sign-in-throttle.ts), so a guesser
 * elsewhere cannot keep the account's owner out. It names a random device id, when it was
 * issued and a MAC over both and the account's email, under a key derived from the session
 * secret; it says nothing about the person and grants no access by itself.
 */
export const DEVICE_COOKIE = "candor-device";
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

function mac(deviceId: string, issuedAt: number, email: string): string {
  const key = createHmac("sha256", authSecret()).update("candor device cookie v1").digest();
  return createHmac("sha256", key).update(`${deviceId}.${issuedAt}.${email}`).digest("base64url");
}

export function issueDeviceCookie(email: string, deviceId: string = randomUUID(), now = Date.now()): string {
  const issuedAt = Math.floor(now / 1000);
  return `${deviceId}.${issuedAt}.${mac(deviceId, issuedAt, email)}`;
}

/** The device id, when the cookie is genuine, unexpired and was issued for this email; else null. */
export function verifyDeviceCookie(
  value: string | undefined,
  email: string,
  now = Date.now(),
): string | null {
  const [deviceId, issuedText, given, extra] = (value ?? "").split(".");
  if (
    !deviceId ||
    !issuedText ||
    !given ||
    extra !== undefined ||
    !/^[0-9a-f-]{36}$/.test(deviceId) ||
    !/^\d{1,12}$/.test(issuedText)
  )
    return null;
  const issuedAt = Number(issuedText);
  if (now / 1000 - issuedAt > DEVICE_COOKIE_MAX_AGE_SECONDS || issuedAt > now / 1000 + 60) return null;
  const expected = Buffer.from(mac(deviceId, issuedAt, email));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? deviceId : null;
}
