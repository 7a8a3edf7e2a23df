import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // Evidence and sanctions-list uploads go through server actions; the data layer enforces each
    // file's own limit (10 MB for evidence, 50 MB for a list file).
    serverActions: { bodySizeLimit: "60mb" },
    // proxy.ts reads action bodies to refuse malformed ones; past this size Next hands both the
    // proxy and the action a truncated body (the default is 10 MB, below a list file's limit).
    proxyClientMaxBodySize: "61mb",
  },
  // Native and WebAssembly database drivers load at run time instead of being bundled.
  serverExternalPackages: ["@prisma/adapter-better-sqlite3", "better-sqlite3", "@prisma/adapter-pg", "pg", "@node-rs/argon2"],
  // For the static files proxy.ts does not see; proxy.ts sets these and the per-request ones
  // (Content-Security-Policy, Strict-Transport-Security) on everything else.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
