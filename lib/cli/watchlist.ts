import fs from "node:fs";
import path from "node:path";
import { watchlistUrls } from "@/lib/env";
import { OPERATOR_ACTOR, type RequestMeta } from "@/lib/data/types";

const META: RequestMeta = { requestId: "cli", ip: null };

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
}

function readOptional(file: string): Buffer | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
}

async function importAndRescreen(
  input: Parameters<typeof import("@/lib/data/watchlist").importWatchlist>[1],
): Promise<void> {
  const { importWatchlist, rescreenAll } = await import("@/lib/data/watchlist");
  const r = await importWatchlist(OPERATOR_ACTOR, input, META);
  console.log(
    `Imported ${r.source.toUpperCase()} snapshot ${r.id}: ${r.entries} entries (+${r.added} added, -${r.removed} removed, ${r.changed} changed, ${r.warnings} warnings).`,
  );
  const s = await rescreenAll(OPERATOR_ACTOR, META, (done, total) =>
    process.stdout.write(`\rRe-screened ${done}/${total}`),
  );
  console.log(
    `\nRe-screened ${s.screened} candidates; ${s.rescored} re-scored because their matches changed.`,
  );
}

async function download(url: string): Promise<Buffer> {
  const res = await fetch(url, { signal: AbortSignal.timeout(120_000) });
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

/** `watchlist import|update|status`: see lib/cli/main.ts for usage. */
export async function watchlistCommand(sub: string | undefined, args: string[]): Promise<number> {
  if (sub === "import") {
    const source = flag(args, "source");
    if (source === "ofac") {
      const dir = flag(args, "dir");
      if (!dir)
        throw new Error(
          "--dir DIR is required for --source ofac (the folder with sdn.csv, alt.csv, add.csv, sdn_comments.csv)",
        );
      const sdn = readOptional(path.join(dir, "sdn.csv"));
      if (!sdn) throw new Error(`${path.join(dir, "sdn.csv")} not found`);
      await importAndRescreen({
        source: "ofac",
        files: {
          sdn,
          alt: readOptional(path.join(dir, "alt.csv")),
          add: readOptional(path.join(dir, "add.csv")),
          comments: readOptional(path.join(dir, "sdn_comments.csv")),
        },
      });
      return 0;
    }
    if (source === "un") {
      const file = flag(args, "file");
      if (!file || !fs.existsSync(file))
        throw new Error("--file F (the UN consolidated XML) is required and must exist");
      await importAndRescreen({ source: "un", xml: fs.readFileSync(file) });
      return 0;
    }
    throw new Error("--source must be ofac or un");
  }
  if (sub === "update") {
    const { ofacBase, un } = watchlistUrls();
    console.log(`Downloading the OFAC SDN files from ${ofacBase} …`);
    const [sdn, alt, add, comments] = await Promise.all(
      ["sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"].map((f) => download(`${ofacBase}/${f}`)),
    );
    await importAndRescreen({ source: "ofac", files: { sdn: sdn!, alt, add, comments } });
    console.log(`Downloading the UN consolidated list from ${un} …`);
    await importAndRescreen({ source: "un", xml: await download(un) });
    return 0;
  }
  if (sub === "status") {
    const { db } = await import("@/lib/db");
    const snaps = await db.watchlistSnapshot.findMany({
      where: { active: true },
      orderBy: { importedAt: "desc" },
    });
    if (snaps.length === 0) console.log("No lists imported yet.");
    for (const s of snaps)
      console.log(
        `${s.source.toUpperCase()}: ${s.entryCount} entries, imported ${s.importedAt.toISOString()} by ${s.importedBy ?? "?"}${s.publishedAt ? `, published ${s.publishedAt}` : ""}`,
      );
    console.log(
      `Internal watchlist: ${await db.internalWatchlistItem.count({ where: { active: true } })} active items.`,
    );
    return 0;
  }
  throw new Error(`Unknown watchlist command: ${sub ?? "(none)"}`);
}
