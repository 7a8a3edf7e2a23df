import { createHash } from "node:crypto";
import type { CandidateProfile } from "@/lib/schemas/candidate";
import type { ReuseMatch } from "@/lib/scoring";

export type IdentifierKind = ReuseMatch["kind"];

/** Short resumes are too generic to count as reuse of someone else's text. */
const MIN_RESUME_CHARS = 200;

function normaliseAddress(a: string): string {
  return a.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/**
 * The identifiers of a profile in normalised form: the keys under which another application
 * using the same email, phone, wallet, account, address or resume is found.
 */
export function identifiersOf(p: CandidateProfile): { kind: IdentifierKind; value: string }[] {
  const out: { kind: IdentifierKind; value: string }[] = [];
  out.push({ kind: "email", value: p.email.trim().toLowerCase() });
  const phoneDigits = p.phone.replace(/\D/g, "");
  if (phoneDigits.length >= 6) out.push({ kind: "phone", value: phoneDigits.slice(-10) });
  if (p.cryptoWallet) {
    const w = p.cryptoWallet.trim();
    out.push({ kind: "wallet", value: /^0x/i.test(w) ? w.toLowerCase() : w });
  }
  if (p.bankAccount) out.push({ kind: "bank_account", value: p.bankAccount.replace(/[^A-Za-z0-9]/g, "").toUpperCase() });
  for (const address of [p.residenceAddress, p.shippingAddress]) {
    if (address) out.push({ kind: "address", value: normaliseAddress(address) });
  }
  if (p.resumeText && p.resumeText.trim().length >= MIN_RESUME_CHARS) {
    const text = p.resumeText.toLowerCase().replace(/\s+/g, " ").trim();
    out.push({ kind: "resume_text", value: createHash("sha256").update(text).digest("hex") });
  }
  const seen = new Set<string>();
  return out.filter((i) => {
    const key = `${i.kind}:${i.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
