// The part of busboy's API (https://github.com/mscdex/busboy, bundled by Next.js) that
// lib/http/action-body.ts uses; Next ships the parser without types.
declare module "next/dist/compiled/busboy" {
  import type { Readable, Writable } from "node:stream";

  interface BusboyConfig {
    headers: Record<string, string>;
    defParamCharset?: string;
    limits?: { fieldSize?: number };
  }
  interface Busboy extends Writable {
    on(event: "field", listener: (name: string, value: string) => void): this;
    on(event: "file", listener: (name: string, stream: Readable) => void): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
  export default function busboy(config: BusboyConfig): Busboy;
}
