import { OPERATOR_ACTOR, type RequestMeta } from "@/lib/data/types";

const META: RequestMeta = { requestId: "cli", ip: null };

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`--${name} needs a value`);
  return value;
}

/** `apikey create|list|revoke`: see lib/cli/main.ts for usage. Runs with the operator's authority. */
export async function apikeyCommand(sub: string | undefined, args: string[]): Promise<number> {
  const { createApiKey, listApiKeys, revokeApiKey } = await import("@/lib/data/api-keys");
  if (sub === "create") {
    const { key, token } = await createApiKey(
      OPERATOR_ACTOR,
      { name: flag(args, "name") ?? "", scopes: flag(args, "scopes") ?? "" },
      META,
    );
    console.log(`Created API key "${key.name}" (prefix ${key.prefix}, scopes ${key.scopes.join(",")}).`);
    console.log(`Key (shown once; store it in your ATS's secret store): ${token}`);
    return 0;
  }
  if (sub === "list") {
    const keys = await listApiKeys(OPERATOR_ACTOR);
    if (keys.length === 0) console.log("No API keys.");
    for (const k of keys) {
      const state = k.revokedAt ? `revoked ${k.revokedAt}` : `last used ${k.lastUsedAt ?? "never"}`;
      console.log(`${k.prefix}  ${k.name}  [${k.scopes.join(",")}]  created ${k.createdAt}  ${state}`);
    }
    return 0;
  }
  if (sub === "revoke") {
    const target = flag(args, "prefix") ?? flag(args, "id");
    if (!target) throw new Error("--prefix P (or --id ID) is required");
    const key = await revokeApiKey(OPERATOR_ACTOR, target, META);
    console.log(`Revoked API key "${key.name}" (prefix ${key.prefix}) at ${key.revokedAt}.`);
    return 0;
  }
  throw new Error(`Unknown apikey command: ${sub ?? "(none)"}`);
}
