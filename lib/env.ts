import { z } from "zod";

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
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  CANDOR_SECURE_COOKIES: z.enum(["true", "false"]).optional(),
  /** Where evidence files are kept: outside public/, served only through an authorised route. */
  CANDOR_EVIDENCE_DIR: z.string().default("./data/evidence"),
  /** Where `watchlist update` downloads the published lists from. */
  CANDOR_OFAC_BASE_URL: z.url().default("https://www.treasury.gov/ofac/downloads"),
  CANDOR_UN_LIST_URL: z.url().default("https://scsanctions.un.org/resources/xml/en/consolidated.xml"),
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

/**
 * The secret that signs session tokens. Production must set it; elsewhere a fixed development
 * value keeps local sessions working across restarts.
 */
export function authSecret(): string {
  const e = env();
  if (e.NEXTAUTH_SECRET) return e.NEXTAUTH_SECRET;
  if (e.NODE_ENV === "production" && e.CANDOR_SECURE_COOKIES === "true") {
    throw new Error("NEXTAUTH_SECRET must be set in production");
  }
  return "candor-development-secret-change-me-in-production";
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
    .map((h) => h.trim().toLowerCase().replace(/^\[|\]$/g, ""))
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
