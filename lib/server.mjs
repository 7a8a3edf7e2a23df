#!/usr/bin/env node
// `npm start`: serves the production build. It is `next start` plus one thing Next cannot do:
// stamp every request with the address of the socket it came in on (see server-header.mjs), so
// sign-in throttling and the audit trail use an address the client cannot choose.
// Usage: node lib/server.mjs [--port 3000] [--hostname 0.0.0.0]
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { stampClientAddress } from "./server-header.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";

process.env.NODE_ENV = "production";
// Tells lib/env.ts that the client-address header below is ours, not the client's.
process.env.CANDOR_SERVER_ENTRY = "1";

const { default: next } = await import("next");
const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
// prepare() runs instrumentation.ts, which exits the process when the environment is unfit to serve.
await app.prepare();

const server = http.createServer((req, res) => {
  stampClientAddress(req);
  handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`▲ Candor ready on http://${hostname}:${port}`);
});
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    server.close(() => process.exit(0));
    // Keep-alive sockets would hold close() open; do not wait for them forever.
    setTimeout(() => process.exit(0), 2_000).unref();
  });
}
