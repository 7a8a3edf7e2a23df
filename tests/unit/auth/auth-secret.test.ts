import { afterEach, describe, expect, test, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { authSecret, env, MISSING_SECRET_MESSAGE, resetEnvCache, trustedProxies, type Env } from "@/lib/env";

/** The string that signed sessions whenever NEXTAUTH_SECRET was unset, published in the source. */
const OLD_PUBLIC_SECRET = "candor-development-secret-change-me-in-production";
const REAL_SECRET = "x".repeat(40);

/** This test run's environment without any secret: each case sets NODE_ENV itself. */
const base: Env = { ...env(), NEXTAUTH_SECRET: undefined };

afterEach(() => {
  vi.unstubAllEnvs();
  vi.doUnmock("next/headers");
  vi.resetModules();
  resetEnvCache();
});

describe("forged sessions: no fallback secret outside development and test", () => {
  test.each([
    { label: "production", NODE_ENV: "production" as const },
    { label: "an unset NODE_ENV", NODE_ENV: undefined },
  ])("without NEXTAUTH_SECRET, $label refuses with a clear message", ({ NODE_ENV }) => {
    expect(() => authSecret({ ...base, NODE_ENV })).toThrow(MISSING_SECRET_MESSAGE);
  });

  test.each(["development", "test"] as const)(
    "%s runs may use the development secret, which is not the old public string",
    (NODE_ENV) => {
      const secret = authSecret({ ...base, NODE_ENV });
      expect(secret).not.toBe(OLD_PUBLIC_SECRET);
    },
  );

  test("a secret shorter than 32 bytes is rejected when the environment is read", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_SECRET", "too-short");
    resetEnvCache();
    expect(() => authSecret()).toThrow(/at least 32 bytes/);
  });

  test("a bad CANDOR_TRUSTED_PROXIES entry is rejected when the environment is read", () => {
    vi.stubEnv("CANDOR_TRUSTED_PROXIES", "10.0.0.0/8, not-a-cidr");
    resetEnvCache();
    expect(() => trustedProxies()).toThrow(/not-a-cidr/);
  });

  test("in production the auth options neither sign with nor accept the old public string", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_SECRET", undefined as unknown as string);
    const fresh = await import("@/lib/env");
    fresh.resetEnvCache();
    const { authOptions } = await import("@/lib/auth/options");
    expect(() => authOptions.secret).toThrow(MISSING_SECRET_MESSAGE);

    vi.stubEnv("NEXTAUTH_SECRET", REAL_SECRET);
    fresh.resetEnvCache();
    expect(authOptions.secret).toBe(REAL_SECRET);
  });

  test.each([
    { label: "without NEXTAUTH_SECRET", secret: undefined },
    { label: "with NEXTAUTH_SECRET", secret: REAL_SECRET },
  ])(
    "a session cookie forged with the old public string for a user id is refused in production $label",
    async ({ secret }) => {
      vi.stubEnv("NODE_ENV", "production");
      vi.stubEnv("NEXTAUTH_SECRET", secret as string);
      const forged = await encode({
        token: {
          uid: "admin-user-id",
          sv: 1,
          sid: "any",
          role: "admin",
          signedInAt: Math.floor(Date.now() / 1000),
        },
        secret: OLD_PUBLIC_SECRET,
      });
      vi.doMock("next/headers", () => ({
        cookies: async () => ({
          get: (name: string) => (name.endsWith("next-auth.session-token") ? { value: forged } : undefined),
        }),
        headers: async () => new Headers(),
      }));
      (await import("@/lib/env")).resetEnvCache();
      const { currentActor } = await import("@/lib/auth/guards");
      // Refused before any database is reached (there is none in the unit suite): without a secret
      // nothing is verified at all, and with one the forged signature does not match.
      if (secret) expect(await currentActor()).toBeNull();
      else await expect(currentActor()).rejects.toThrow(MISSING_SECRET_MESSAGE);
    },
  );
});
