// Whether a digital-currency address is complete and well formed. OFAC cuts Remarks at 1,000
// characters, often in the middle of an address; the last item of a cut field is kept only when
// its address passes its currency's checksum (base58check, bech32/bech32m) or, for formats
// without one we verify here, its exact format. A cut address fails both.

const BASE58_BITCOIN = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const BASE58_RIPPLE = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz";
const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** SHA-256 of bytes (kept here so the library stays free of platform modules). */
export function sha256(data: Uint8Array): Uint8Array {
  const bitLength = data.length * 8;
  const padded = new Uint8Array(Math.ceil((data.length + 9) / 64) * 64);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Uint32Array(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15] ?? 0;
      const b = w[i - 2] ?? 0;
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[i] = ((w[i - 16] ?? 0) + s0 + (w[i - 7] ?? 0) + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = [
      h[0] ?? 0,
      h[1] ?? 0,
      h[2] ?? 0,
      h[3] ?? 0,
      h[4] ?? 0,
      h[5] ?? 0,
      h[6] ?? 0,
      h[7] ?? 0,
    ];
    for (let i = 0; i < 64; i++) {
      const t1 =
        (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + (K[i] ?? 0) + (w[i] ?? 0)) >>>
        0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      [hh, g, f, e, d, c, b, a] = [g, f, e, (d + t1) >>> 0, c, b, a, (t1 + t2) >>> 0];
    }
    [a, b, c, d, e, f, g, hh].forEach((v, i) => (h[i] = ((h[i] ?? 0) + v) >>> 0));
  }
  const out = new Uint8Array(32);
  const ov = new DataView(out.buffer);
  h.forEach((v, i) => ov.setUint32(i * 4, v));
  return out;
}

function base58Decode(s: string, alphabet: string): Uint8Array | null {
  let n = 0n;
  for (const ch of s) {
    const v = alphabet.indexOf(ch);
    if (v < 0) return null;
    n = n * 58n + BigInt(v);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n % 256n));
    n /= 256n;
  }
  for (const ch of s) {
    if (ch !== alphabet[0]) break;
    bytes.unshift(0);
  }
  return Uint8Array.from(bytes);
}

/** Base58 with a 4-byte double-SHA-256 checksum (Bitcoin legacy and P2SH, Litecoin, Tron, Dash, Zcash t-addresses, Ripple). */
export function isBase58Check(s: string, alphabet = BASE58_BITCOIN): boolean {
  const bytes = base58Decode(s, alphabet);
  if (!bytes || bytes.length < 21 || bytes.length > 40) return false;
  const payload = bytes.subarray(0, bytes.length - 4);
  const check = sha256(sha256(payload));
  return bytes.subarray(bytes.length - 4).every((b, i) => b === check[i]);
}

function bech32Polymod(values: number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= gen[i] ?? 0;
  }
  return chk >>> 0;
}

/** Bech32 (BIP 173) or bech32m (BIP 350) with a valid checksum: bc1..., ltc1..., tb1.... */
export function isBech32(address: string): boolean {
  const s = address.toLowerCase();
  if (s !== address && address.toUpperCase() !== address) return false;
  const sep = s.lastIndexOf("1");
  if (sep < 1 || s.length - sep - 1 < 6 || s.length > 90) return false;
  const hrp = s.slice(0, sep);
  const data: number[] = [];
  for (const ch of s.slice(sep + 1)) {
    const v = BECH32.indexOf(ch);
    if (v < 0) return false;
    data.push(v);
  }
  const expanded = [
    ...[...hrp].map((c) => c.charCodeAt(0) >> 5),
    0,
    ...[...hrp].map((c) => c.charCodeAt(0) & 31),
  ];
  const check = bech32Polymod([...expanded, ...data]);
  return check === 1 || check === 0x2bc830a3;
}

const EVM = /^0x[0-9a-fA-F]{40}$/;
const FORMATS: Record<string, RegExp> = {
  // CashAddr without its prefix, and Monero's standard and integrated addresses.
  BCH: /^(?:bitcoincash:)?[qp][02-9ac-hj-np-z]{41}$/,
  XMR: /^[48][1-9A-HJ-NP-Za-km-z]{94}(?:[1-9A-HJ-NP-Za-km-z]{11})?$/,
};

/** True when `address` is a complete address of `currency` (OFAC's ticker, e.g. XBT, ETH, USDT, TRX). */
export function isCompleteWalletAddress(currency: string, address: string): boolean {
  const ticker = currency.toUpperCase();
  // Ethereum-style addresses (ETH, USDT and USDC tokens, ETC, BSC): 0x and exactly 40 hex digits.
  if (EVM.test(address)) return true;
  if (/^(?:bc|tb|ltc)1/i.test(address)) return isBech32(address);
  const format = FORMATS[ticker];
  if (format) return format.test(address);
  if (ticker === "XRP") return isBase58Check(address, BASE58_RIPPLE);
  return isBase58Check(address);
}
