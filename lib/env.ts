import { BlockList, isIP } from "node:net";
import { z } from "zod";

const MIN_SECRET_BYTES = 32;

/**
 * The only place that reads process.env. Everything else asks this module, so the set of
 * settings Candor understands is written down once and validated once.
 */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .default("file:./data/candor.db")
    .refine((u) => u.startsWith("file:") || /^postgres(ql)?:\/\//.test(u), {
      message: "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)",
    }),
  NEXTAUTH_SECRET: z
    .string()
    .refine(
      (s) => Buffer.byteLength(s, "utf8") >= MIN_SECRET_BYTES,
      `NEXTAUTH_SECRET must be at least ${MIN_SECRET_BYTES} bytes`,
    )
    .optional(),
  NEXTAUTH_URL: z.url().optional(),
  // Not defaulted: only an explicit development or test run may use the development secret.
  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
  CANDOR_SECURE_COOKIES: z.enum(["true", "false"]).optional(),
  /** Where evidence files are kept: outside public/, served only through an authorised route. */
  CANDOR_EVIDENCE_DIR: z.string().default("./data/evidence"),
  /** Where `watchlist update` downloads the published lists from. */
  CANDOR_OFAC_BASE_URL: z.url().default("https://www.treasury.gov/ofac/downloads"),
  CANDOR_UN_LIST_URL: z.url().default("https://scsanctions.un.org/resources/xml/en/consolidated.xml"),
  /**
   * Reverse proxies whose X-Forwarded-For is believed: comma-separated addresses or CIDRs.
   * Empty by default, so a client cannot choose the address it is throttled and audited under.
   */
  CANDOR_TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((raw, ctx) => {
      const list = raw
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      for (const entry of list)
        if (!parseCidr(entry))
          ctx.addIssue({ code: "custom", message: `"${entry}" is not an IP address or CIDR` });
      return list;
    }),
  /**
   * Set by the production server entry (lib/server.mjs) itself, never by hand: it says that the
   * entry replaced any client-sent x-candor-client-ip header with the socket's address.
   */
  CANDOR_SERVER_ENTRY: z.enum(["1"]).optional(),
  /**
   * TEST ONLY. Comma-separated hosts or IP addresses that webhooks may reach even though they are
   * private (and over plain HTTP): the test suites' receiver on 127.0.0.1. Never set it in a
   * deployment; unset, every webhook must go to a public address over HTTPS.
   */
  CANDOR_WEBHOOK_ALLOW_HOSTS: z.string().default(""),
  /**
   * The Ed25519 key that signs audit checkpoints, kept out of the database: the key itself (PEM,
   * or base64 PKCS#8 DER) or the path of the file `npm run cli -- audit keygen` wrote. Without
   * either, no checkpoints are written and `audit verify` and the audit page say so.
   */
  CANDOR_AUDIT_SIGNING_KEY: z.string().min(1).optional(),
  CANDOR_AUDIT_SIGNING_KEY_FILE: z.string().min(1).optional(),
  /** Verify-only: the public key (PEM or base64 SPKI DER), for checking a trail on a machine without the private key. */
  CANDOR_AUDIT_PUBLIC_KEY: z.string().min(1).optional(),
  /** A JSON-lines file, outside the database, that every checkpoint is appended to; `audit verify` trusts it over the table. */
  CANDOR_AUDIT_CHECKPOINT_FILE: z.string().min(1).optional(),
  /** A checkpoint is signed after this many new events, or this many minutes after the last one once anything is new. */
  CANDOR_AUDIT_CHECKPOINT_EVERY: z.coerce.number().int().min(1).default(100),
  CANDOR_AUDIT_CHECKPOINT_MINUTES: z.coerce.number().int().min(1).default(10),
});

export type Env = z.infer<typeof envSchema>;

/** "10.0.0.0/8", "2001:db8::/32" or a bare address; null when it is neither. */
export function parseCidr(
  entry: string,
): { address: string; prefix: number; family: "ipv4" | "ipv6" } | null {
  const [address = "", prefixText, extra] = entry.split("/");
  const version = isIP(address);
  if (!version || extra !== undefined) return null;
  const max = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) return null;
  return { address, prefix, family: version === 4 ? "ipv4" : "ipv6" };
}

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${detail}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export type DbProvider = "sqlite" | "postgresql";

export function databaseUrl(): string {
  return env().DATABASE_URL;
}

export function dbProvider(url = databaseUrl()): DbProvider {
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}

/** Signs sessions only in an explicit development or test run, so a public string never guards production. */
const DEVELOPMENT_SECRET = "candor-development-secret-for-local-runs-only";

export const MISSING_SECRET_MESSAGE =
  `NEXTAUTH_SECRET is not set: Candor refuses to start without a session secret of at least ${MIN_SECRET_BYTES} bytes. ` +
  "Generate one with `openssl rand -base64 32` and set NEXTAUTH_SECRET.";

/**
 * The secret that signs session tokens (and device cookies). Anything but an explicit development
 * or test run must set one: there is no fallback, so a forged token signed with a published
 * string can never be accepted.
 */
export function authSecret(e: Env = env()): string {
  if (e.NEXTAUTH_SECRET) return e.NEXTAUTH_SECRET;
  if (e.NODE_ENV === "development" || e.NODE_ENV === "test") return DEVELOPMENT_SECRET;
  throw new Error(MISSING_SECRET_MESSAGE);
}

/** Why this process must not serve requests, or null: checked once at boot (instrumentation.ts). */
export function assertServable(): string | null {
  try {
    authSecret();
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** For tests that change process.env: the next env() call validates it again. */
export function resetEnvCache(): void {
  cached = undefined;
}

let proxies: { list: string[]; blocks: BlockList } | undefined;

/** The reverse proxies whose X-Forwarded-For hop is believed (CANDOR_TRUSTED_PROXIES). */
export function trustedProxies(): BlockList {
  const list = env().CANDOR_TRUSTED_PROXIES;
  if (proxies?.list !== list) {
    const blocks = new BlockList();
    for (const entry of list) {
      const c = parseCidr(entry)!;
      blocks.addSubnet(c.address, c.prefix, c.family);
    }
    proxies = { list, blocks };
  }
  return proxies.blocks;
}

/** True when lib/server.mjs serves the app, so x-candor-client-ip carries the socket's address. */
export function clientAddressHeaderTrusted(): boolean {
  return env().CANDOR_SERVER_ENTRY === "1";
}

/** Secure cookies need HTTPS; the local demo serves plain HTTP on localhost. */
export function secureCookies(): boolean {
  const e = env();
  if (e.CANDOR_SECURE_COOKIES) return e.CANDOR_SECURE_COOKIES === "true";
  return (e.NEXTAUTH_URL ?? "").startsWith("https://");
}

export function evidenceDir(): string {
  return env().CANDOR_EVIDENCE_DIR;
}

export function watchlistUrls(): { ofacBase: string; un: string } {
  const e = env();
  return { ofacBase: e.CANDOR_OFAC_BASE_URL.replace(/\/$/, ""), un: e.CANDOR_UN_LIST_URL };
}

/** The test-only webhook allow-list (see CANDOR_WEBHOOK_ALLOW_HOSTS), lower-cased, brackets removed. */
export function webhookAllowHosts(): string[] {
  return env()
    .CANDOR_WEBHOOK_ALLOW_HOSTS.split(",")
    .map((h) =>
      h
        .trim()
        .toLowerCase()
        .replace(/^\[|\]$/g, ""),
    )
    .filter(Boolean);
}

export interface AuditCheckpointSettings {
  signingKey: string | null;
  signingKeyFile: string | null;
  publicKey: string | null;
  file: string | null;
  every: number;
  minutes: number;
}

export function auditCheckpointSettings(): AuditCheckpointSettings {
  const e = env();
  return {
    signingKey: e.CANDOR_AUDIT_SIGNING_KEY ?? null,
    signingKeyFile: e.CANDOR_AUDIT_SIGNING_KEY_FILE ?? null,
    publicKey: e.CANDOR_AUDIT_PUBLIC_KEY ?? null,
    file: e.CANDOR_AUDIT_CHECKPOINT_FILE ?? null,
    every: e.CANDOR_AUDIT_CHECKPOINT_EVERY,
    minutes: e.CANDOR_AUDIT_CHECKPOINT_MINUTES,
  };
}
