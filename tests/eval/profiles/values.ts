import type { Rng } from "./prng";
import { COUNTRIES, type City, type Country } from "./places";
import { slug } from "./names";

/**
 * Identifier makers. Every email, phone, account, wallet, address and URL must be unique across
 * the set: an accidental reuse would look like the "same identity on two applications" signal,
 * which this set does not test except in the one deliberate relative-shares-an-address case.
 */
export class UniqueValues {
  private readonly taken = new Set<string>();

  /** Calls `make` until it returns a value not seen before (compared case-insensitively). */
  claim(kind: string, make: () => string): string {
    for (let attempt = 0; attempt < 500; attempt++) {
      const value = make();
      const key = `${kind}:${value.toLowerCase().replace(/\s+/g, "")}`;
      if (!this.taken.has(key)) {
        this.taken.add(key);
        return value;
      }
    }
    throw new Error(`could not find a unique ${kind}`);
  }
}

/** Dates are handled as month numbers (year * 12 + month index) to keep the arithmetic simple. */
export const monthOf = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

export function isoFromMonth(month: number, day: number): string {
  const y = Math.floor(month / 12);
  const m = (month % 12) + 1;
  return `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function fillPattern(rng: Rng, pattern: string, areaCodes?: readonly string[]): string {
  const area = areaCodes && areaCodes.length > 0 ? rng.pick(areaCodes) : "";
  return pattern
    .replace("AAA", area)
    .replace(/#/g, () => String(rng.int(0, 9)))
    .replace(/A/g, () => String.fromCharCode(65 + rng.int(0, 25)));
}

export function phoneFor(rng: Rng, unique: UniqueValues, pattern: string, city?: City): string {
  return unique.claim("phone", () => fillPattern(rng, pattern, city?.areaCodes));
}

export function addressIn(rng: Rng, unique: UniqueValues, country: Country, city: City): string {
  return unique.claim("address", () => {
    const street = rng.pick(city.streets ?? country.streets);
    const pattern = city.postal ?? country.postal;
    const postal = pattern ? ` ${fillPattern(rng, pattern)}` : "";
    const unit = rng.chance(0.4) ? `, Apt ${rng.int(1, 40)}${rng.pick(["", "A", "B", "C"])}` : "";
    const number = rng.int(2, 2400);
    // Japanese addresses are block numbers (chome-ban-go); much of Europe and Latin America puts the number last.
    const line =
      country.code === "JP"
        ? `${rng.int(1, 9)}-${rng.int(1, 30)}-${rng.int(1, 20)} ${street}`
        : /^(ul\.|vul\.|prosp\.|Via|Corso|Viale|Calle|Carrer|Avenida|Paseo|Carrera|Schiller|Linden|Bahnhof|Garten|Haupt|Knez|Bulevar|Njegoseva|Cara|Zmaj|Vinohradska|Korunni|Husova|Kounicova|Jugoslavska)/.test(
              street,
            )
          ? `${street} ${number}`
          : `${number} ${street}`;
    return `${line}${unit}, ${city.name}${postal}, ${country.name}`;
  });
}

const MAIL_DOMAINS = [
  "gmail.com",
  "gmail.com",
  "gmail.com",
  "outlook.com",
  "outlook.com",
  "yahoo.com",
  "proton.me",
  "icloud.com",
  "hotmail.com",
  "fastmail.com",
];

export function emailFor(rng: Rng, unique: UniqueValues, given: string, family: string): string {
  const g = slug(given);
  const f = slug(family);
  return unique.claim("email", () => {
    const shape = rng.int(0, 5);
    const local =
      [
        `${g}.${f}`,
        `${g}${f}`,
        `${g[0] ?? "x"}${f}`,
        `${g}.${f}${rng.int(1, 99)}`,
        `${f}.${g}`,
        `${g}${f[0] ?? "x"}${rng.int(70, 2005)}`,
      ][shape] ?? `${g}.${f}`;
    const domain = rng.chance(0.08) ? `${f}${g.slice(0, 3)}.dev` : rng.pick(MAIL_DOMAINS);
    return `${local}@${domain}`;
  });
}

export function bankAccountFor(rng: Rng, unique: UniqueValues, countryCode: string): string {
  const iban = COUNTRIES[countryCode]?.iban ?? false;
  return unique.claim("bank", () => {
    if (iban) {
      const groups = Array.from({ length: 5 }, () => rng.digits(4)).join(" ");
      return `${countryCode}${rng.digits(2)} ${groups}`;
    }
    return `${countryCode} ${rng.digits(3)}-${rng.digits(4)}-${rng.digits(8)}`;
  });
}

/** Ethereum-style and TRON-style addresses: the chains the DOJ forfeiture actions name (USDT, ETH). */
export function walletFor(rng: Rng, unique: UniqueValues): string {
  const base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  return unique.claim("wallet", () =>
    rng.chance(0.6)
      ? `0x${rng.hex(40)}`
      : `T${Array.from({ length: 33 }, () => base58[rng.int(0, base58.length - 1)] ?? "1").join("")}`,
  );
}

/** Local office hours turned into the schema's UTC hours (0-23). */
export function utcHours(
  localStart: number,
  localEnd: number,
  offset: number,
): { start: number; end: number } {
  const wrap = (h: number): number => ((Math.round(h - offset) % 24) + 24) % 24;
  return { start: wrap(localStart), end: wrap(localEnd) };
}

export const COST_TIER: Record<string, number> = {
  US: 1,
  CA: 0.95,
  GB: 0.95,
  AU: 0.95,
  DE: 0.9,
  JP: 0.85,
  SG: 0.9,
  KR: 0.8,
  AE: 0.8,
  IT: 0.75,
  ES: 0.7,
  PL: 0.65,
  CZ: 0.65,
  CN: 0.6,
  MX: 0.55,
  AR: 0.5,
  CO: 0.5,
  UA: 0.55,
  RS: 0.55,
  ZA: 0.55,
  JO: 0.5,
  EG: 0.45,
  IN: 0.45,
  VN: 0.45,
  PH: 0.45,
  NG: 0.45,
  KE: 0.45,
  GH: 0.45,
};

export const cents = (value: number): number => Math.round(value * 100) / 100;
