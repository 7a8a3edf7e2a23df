import { describe, expect, test } from "vitest";
import { DEVICE_COOKIE_MAX_AGE_SECONDS, issueDeviceCookie, verifyDeviceCookie } from "@/lib/auth/device";

const EMAIL = "owner@candor.test";
const DEVICE = "0b7c8f2e-4d6a-4a3b-9c1d-2e3f4a5b6c7d";

describe("lockout as denial of service: only a genuine device cookie earns the exemption", () => {
  test("a cookie issued for the account verifies and names its device", () => {
    expect(verifyDeviceCookie(issueDeviceCookie(EMAIL, DEVICE), EMAIL)).toBe(DEVICE);
  });

  test.each([
    { label: "another account's cookie", value: () => issueDeviceCookie("attacker@candor.test", DEVICE) },
    {
      label: "a tampered device id",
      value: () => issueDeviceCookie(EMAIL, DEVICE).replace(DEVICE, "1b7c8f2e-4d6a-4a3b-9c1d-2e3f4a5b6c7d"),
    },
    { label: "a tampered MAC", value: () => `${issueDeviceCookie(EMAIL, DEVICE).slice(0, -2)}AA` },
    {
      label: "an expired cookie",
      value: () => issueDeviceCookie(EMAIL, DEVICE, Date.now() - (DEVICE_COOKIE_MAX_AGE_SECONDS + 60) * 1000),
    },
    { label: "garbage", value: () => "not.a.cookie.at-all" },
    { label: "no cookie", value: () => undefined },
  ])("$label is refused", ({ value }) => {
    expect(verifyDeviceCookie(value(), EMAIL)).toBeNull();
  });
});
