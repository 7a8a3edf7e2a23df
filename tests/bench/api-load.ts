/**
 * The measuring half of the API bench (api.ts starts the server and the database): the
 * candidates list read by one client, each variant interleaved with GET /api/health as the
 * baseline; then candidates created by one client in a row, and by 50 concurrent clients with
 * autocannon beside the same 50 clients on /api/health. Every created candidate is a distinct generated profile with its own
 * external id, email and phone, so identity reuse fires only where the data really shares
 * something. Runs without the data layer: it only speaks HTTP.
 */
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { generateMany } from "../fixtures/profiles/generate";

export const LOAD_PREFIX = "api-load-";
const WARM_PREFIX = "api-warm-";
const RUNS = 60;
const WARMUP = 5;
const CONNECTIONS = 50;
const LOAD_SECONDS = 20;
const BASELINE_SECONDS = 5;
const SINGLE_CREATES = 20;
/**
 * At 50 clients a create waits its turn behind the others for SQLite's one writer, so its latency
 * is about 50 x what one create takes (3-7 s here). 30 s, a common HTTP client default, leaves
 * room for a busy moment on a shared machine; a request the client gives up on still creates its
 * candidate, and the database check accounts for it.
 */
const TIMEOUT_SECONDS = 30;
const POOL = 20_000;
const SEED = 5_150;

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const ms = (n: number) => `${n.toFixed(1)} ms`;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
}

interface Api {
  base: string;
  token: string;
}

/**
 * fetch, sent a second time if the server closed the kept-alive connection just as it was reused:
 * after this process was busy for a few seconds (generating bodies), the server's keep-alive
 * timeout can win that race. Creates carry an Idempotency-Key, so a second send never duplicates.
 */
async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (e) {
    const code =
      e instanceof Error && e.cause instanceof Error ? (e.cause as { code?: unknown }).code : undefined;
    if (code !== "UND_ERR_SOCKET" && code !== "ECONNRESET") throw e;
    return fetch(url, init);
  }
}

async function get(
  api: Api,
  path: string,
  auth = true,
): Promise<{ ms: number; status: number; text: string }> {
  const t = performance.now();
  const res = await send(`${api.base}${path}`, {
    headers: auth ? { Authorization: `Bearer ${api.token}` } : {},
  });
  const text = await res.text();
  return { ms: performance.now() - t, status: res.status, text };
}

async function page(
  api: Api,
  query: string,
): Promise<{ data: { fullName: string }[]; nextCursor: string | null }> {
  const r = await get(api, `/api/v1/candidates${query}`);
  if (r.status !== 200)
    throw new Error(`GET /api/v1/candidates${query} answered ${r.status}: ${r.text.slice(0, 300)}`);
  return JSON.parse(r.text) as { data: { fullName: string }[]; nextCursor: string | null };
}

/** p50/p95 of each list variant and of the baseline, in milliseconds; resolves to false on a wrong status. */
export async function measureList(api: Api): Promise<boolean> {
  const first = await page(api, "?limit=25");
  const surname = first.data[0]?.fullName.split(" ").at(-1)?.toLowerCase() ?? "kim";
  let deep = first.nextCursor;
  // 20 pages of 100 in: keyset paging should cost the same at any depth.
  for (let i = 0; i < 20 && deep; i++)
    deep = (await page(api, `?limit=100&cursor=${encodeURIComponent(deep)}`)).nextCursor;
  const variants: [string, string, number][] = [
    ["first page (limit 25, newest first)", "/api/v1/candidates", 200],
    ["limit=100", "/api/v1/candidates?limit=100", 200],
    ["band=critical", "/api/v1/candidates?band=critical", 200],
    ["page 2 (cursor)", `/api/v1/candidates?cursor=${encodeURIComponent(first.nextCursor ?? "")}`, 200],
    [
      "2,025 rows deep (cursor), limit=100",
      `/api/v1/candidates?limit=100&cursor=${encodeURIComponent(deep ?? "")}`,
      200,
    ],
    [`q=${surname} (name/email search)`, `/api/v1/candidates?q=${encodeURIComponent(surname)}`, 200],
    ["q=nobody-matches (scans every row)", "/api/v1/candidates?q=nobody-matches", 200],
    ["unknown candidate id (key check + 1 lookup)", "/api/v1/candidates/no-such-candidate", 404],
  ];
  const health = () => get(api, "/api/health", false);
  const baseline: number[] = [];
  const rows: [string, number[]][] = [];
  let wrong = 0;
  for (const [label, path, expected] of variants) {
    for (let i = 0; i < WARMUP; i++) {
      await get(api, path);
      await health();
    }
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await get(api, path);
      if (r.status !== expected && wrong++ < 3)
        console.log(`    ${path} answered ${r.status}, expected ${expected}: ${r.text.slice(0, 200)}`);
      times.push(r.ms);
      // Alternating with the baseline, so a busy moment on a shared machine hits both.
      baseline.push((await health()).ms);
    }
    rows.push([label, times.sort((a, b) => a - b)]);
  }
  baseline.sort((a, b) => a - b);
  const base95 = percentile(baseline, 0.95);
  const line = (label: string, s: number[], ratio: string) =>
    console.log(
      `    ${label.padEnd(46)}${ms(percentile(s, 0.5)).padStart(10)}${ms(percentile(s, 0.95)).padStart(11)}${ratio.padStart(10)}`,
    );
  console.log(
    `  GET /api/v1/candidates over HTTP, one client: ${RUNS} timed requests per variant after ${WARMUP} warm-up, each followed by the baseline`,
  );
  console.log(`    ${"request".padEnd(46)}${"p50".padStart(10)}${"p95".padStart(11)}  p95/base`);
  line(`baseline GET /api/health (${baseline.length} runs)`, baseline, "1.0x");
  for (const [label, s] of rows) line(label, s, `${(percentile(s, 0.95) / base95).toFixed(1)}x`);
  const all = rows
    .slice(0, -1)
    .flatMap(([, s]) => s)
    .sort((a, b) => a - b);
  line(`all list requests (${all.length})`, all, `${(percentile(all, 0.95) / base95).toFixed(1)}x`);
  if (wrong > 0) console.log(`    ${wrong} requests answered an unexpected status`);
  return wrong === 0;
}

const pool = () => generateMany(SEED, POOL).map((d) => d.profile);

/** A distinct candidate: a generated profile with its own external id, email and phone. */
function bodyFor(profiles: ReturnType<typeof pool>, externalId: string, i: number): string {
  const p = profiles[i % profiles.length]!;
  const [local, domain] = p.email.split("@");
  const digits = String(i % 10_000_000).padStart(7, "0");
  const phone = p.phone.replace(/\d{3} \d{4}$/, `${digits.slice(0, 3)} ${digits.slice(3)}`);
  return JSON.stringify({ ...p, externalId, email: `${local}.${externalId}@${domain}`, phone });
}

export interface LoadOutcome {
  /** External ids of the candidates whose create answered 2xx. */
  okIds: string[];
  non2xx: number;
  errors: number;
  /** Requests sent that got no answer: timed out, or cut off when the load stopped. */
  unanswered: number;
}

interface Run {
  result: autocannon.Result;
  latencies: number[];
  statuses: Map<number, number>;
  samples: string[];
  okIds: string[];
}

/** What a connection has in flight (autocannon keeps one context per connection; no pipelining). */
interface InFlight {
  externalId?: string;
}

function cannon(opts: autocannon.Options): Promise<Run> {
  const run: Omit<Run, "result"> = { latencies: [], statuses: new Map(), samples: [], okIds: [] };
  const requests = opts.requests?.map((r) => ({
    ...r,
    onResponse: (status: number, body: string, context: InFlight) => {
      if (status >= 200 && status <= 299 && context.externalId) run.okIds.push(context.externalId);
      else if (run.samples.length < 5) run.samples.push(`${status} ${body.slice(0, 300)}`);
    },
  }));
  return new Promise((resolve, reject) => {
    const instance = autocannon({ timeout: TIMEOUT_SECONDS, ...opts, requests }, (err: unknown, result) =>
      err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve({ ...run, result }),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      run.latencies.push(responseTime);
      run.statuses.set(status, (run.statuses.get(status) ?? 0) + 1);
    });
  });
}

function report(label: string, run: Run): void {
  const { result: r } = run;
  const s = run.latencies.sort((a, b) => a - b);
  const codes = [...run.statuses]
    .sort(([a], [b]) => a - b)
    .map(([code, n]) => `${code} x${fmt(n)}`)
    .join(", ");
  console.log(`    ${label}`);
  console.log(
    `      ${fmt(r["2xx"] / r.duration)} successful requests/s (${fmt(r["2xx"])} in ${r.duration.toFixed(1)} s); latency p50 ${ms(percentile(s, 0.5))}, p95 ${ms(percentile(s, 0.95))}, p99 ${ms(percentile(s, 0.99))}, max ${ms(s.at(-1) ?? NaN)}`,
  );
  console.log(
    `      non-2xx ${fmt(r.non2xx)}, errors ${fmt(r.errors)} (timeouts ${fmt(r.timeouts)}); statuses: ${codes || "none"}`,
  );
  for (const sample of run.samples) console.log(`      e.g. ${sample}`);
}

async function createOne(
  api: Api,
  body: string,
  key: string,
): Promise<{ ms: number; status: number; text: string }> {
  const t = performance.now();
  const headers = {
    Authorization: `Bearer ${api.token}`,
    "Content-Type": "application/json",
    "Idempotency-Key": key,
  };
  const res = await send(`${api.base}/api/v1/candidates`, { method: "POST", headers, body });
  const text = await res.text();
  return { ms: performance.now() - t, status: res.status, text };
}

/** Creates under load; returns what the load saw so the caller can check the database against it. */
export async function measureCreate(api: Api): Promise<LoadOutcome | null> {
  const profiles = pool();
  // One client first: it warms the route, and its latency is what a create costs without a queue.
  const single: number[] = [];
  for (let i = 0; i < SINGLE_CREATES; i++) {
    const r = await createOne(
      api,
      bodyFor(profiles, `${WARM_PREFIX}${i}`, POOL - 1 - i),
      `${WARM_PREFIX}${i}`,
    );
    if (r.status !== 201) {
      console.log(`  a create from one client answered ${r.status}: ${r.text.slice(0, 400)}`);
      return null;
    }
    single.push(r.ms);
  }
  single.sort((a, b) => a - b);
  console.log(
    `  POST /api/v1/candidates from one client, ${SINGLE_CREATES} in a row (each with an Idempotency-Key): p50 ${ms(percentile(single, 0.5))}, p95 ${ms(percentile(single, 0.95))}`,
  );
  console.log(
    `  autocannon, ${CONNECTIONS} connections, client timeout ${TIMEOUT_SECONDS} s, running in this process on the same CPUs as the server:`,
  );
  const health = await cannon({
    url: `${api.base}/api/health`,
    connections: CONNECTIONS,
    duration: BASELINE_SECONDS,
  });
  report(`baseline: GET /api/health for ${BASELINE_SECONDS} s`, health);
  let n = 0;
  const load = await cannon({
    url: api.base,
    connections: CONNECTIONS,
    duration: LOAD_SECONDS,
    requests: [
      {
        method: "POST",
        path: "/api/v1/candidates",
        headers: { Authorization: `Bearer ${api.token}`, "Content-Type": "application/json" },
        setupRequest: (req, context: InFlight) => {
          const i = n++;
          context.externalId = `${LOAD_PREFIX}${i}`;
          return { ...req, body: bodyFor(profiles, context.externalId, i) };
        },
      },
    ],
  });
  report(
    `POST /api/v1/candidates for ${LOAD_SECONDS} s, a distinct candidate each (from ${fmt(POOL)} generated profiles)`,
    load,
  );
  const rate = (r: Run) => r.result["2xx"] / r.result.duration;
  console.log(
    `      vs baseline: ${((rate(load) / rate(health)) * 100).toFixed(1)}% of its requests/s, p95 ${(percentile(load.latencies, 0.95) / percentile(health.latencies, 0.95)).toFixed(1)}x; p50 ${(percentile(load.latencies, 0.5) / percentile(single, 0.5)).toFixed(0)}x one client's`,
  );
  // Creates wait their turn for SQLite's one writer in order, so once this one is answered every
  // create the load left in flight has finished too, and the database can be counted.
  const last = await createOne(
    api,
    bodyFor(profiles, `${WARM_PREFIX}last`, POOL - 1 - SINGLE_CREATES),
    `${WARM_PREFIX}last`,
  );
  if (last.status !== 201)
    console.log(`  the create after the load answered ${last.status}: ${last.text.slice(0, 300)}`);
  const answered = [...load.statuses.values()].reduce((a, b) => a + b, 0);
  return {
    okIds: load.okIds,
    non2xx: load.result.non2xx,
    errors: load.result.errors,
    unanswered: Math.max(0, n - answered),
  };
}
