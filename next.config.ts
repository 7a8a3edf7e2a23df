import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Sanctions-list uploads go through server actions, whose bodies the proxy (proxy.ts) also
  // buffers: both limits must pass a 50 MB list file (Next's proxy default is 10 MB, past which
  // the body is silently cut and the action fails). Evidence goes to its own route
  // (app/api/evidence-upload), which checks its size against the organisation's limit (at most 50 MB).
  experimental: { serverActions: { bodySizeLimit: "60mb" }, proxyClientMaxBodySize: "61mb" },
  // Native and WebAssembly database drivers load at run time instead of being bundled.
  serverExternalPackages: [
    "@prisma/adapter-better-sqlite3",
    "better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    "@node-rs/argon2",
  ],
  // For the static files proxy.ts does not see; proxy.ts sets these and the per-request ones
  // (Content-Security-Policy, Strict-Transport-Security) on everything else.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default nextConfig;
