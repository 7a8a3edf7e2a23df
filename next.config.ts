import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Sanctions-list uploads go through server actions, whose bodies the proxy (proxy.ts) also
  // buffers: both limits must pass a 50 MB list file (Next's proxy default is 10 MB, past which
  // the body is silently cut and the action fails). Evidence streams through its own route
  // (app/api/evidence-upload), outside the proxy, against the organisation's limit.
  experimental: { serverActions: { bodySizeLimit: "60mb" }, proxyClientMaxBodySize: "60mb" },
  // Native and WebAssembly database drivers load at run time instead of being bundled.
  serverExternalPackages: ["@prisma/adapter-better-sqlite3", "better-sqlite3", "@prisma/adapter-pg", "pg", "@node-rs/argon2"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
