// Prints raw, gzip and brotli sizes of the files named on the command line, and their total.
// Used by the build (every build shows what it ships) and by the benchmark.
import { readFileSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

/** `bytes` (a Buffer or a string) brotli-compressed as a host sends a static file: the best quality. */
export function brotli(bytes) {
  const buffer = Buffer.from(bytes);
  return brotliCompressSync(buffer, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
  });
}

/** Raw, gzip and brotli sizes of `bytes`. */
export function sizesOfBytes(bytes) {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli(bytes).length };
}

export function sizesOf(path) {
  return { path, ...sizesOfBytes(readFileSync(path)) };
}

export function printSizes(rows) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(7)} KB`;
  const total = rows.reduce(
    (sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  console.log(`${"file".padEnd(32)}${"raw".padStart(10)}${"gzip".padStart(10)}${"brotli".padStart(10)}`);
  for (const row of [...rows, { path: "total", ...total }]) {
    console.log(`${row.path.padEnd(32)}${kb(row.raw)}${kb(row.gzip)}${kb(row.brotli)}`);
  }
  return total;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printSizes(process.argv.slice(2).map(sizesOf));
}
