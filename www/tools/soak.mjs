// The dev server under a hostile stream: 200,000 requests (or COUNT) of distinct long paths,
// sent to a server of its own on 127.0.0.1 only, in a child process so that its memory is
// its own. The server runs with everything that keeps state on: the test record (bounded) and
// the compressed copies (read per request). Prints the server's memory before and after, and
// whether "/" still answers. Stops after the count or after MAX_SECONDS (600), whichever first.
//
// usage: node www/tools/soak.mjs [COUNT]     (after bash www/build.sh)
import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";

if (process.argv[2] === "--serve") {
  const { serve } = await import("./server.mjs");
  const { url } = await serve({ record: true, brotli: true });
  // The heap's live size, after a full collection: resident memory alone also counts garbage
  // not yet collected and pages V8 keeps for later.
  const { gc } = global;
  if (!gc) throw new Error("soak.mjs --serve runs with --expose-gc");
  process.on("message", () => {
    gc();
    process.send?.(process.memoryUsage().heapUsed);
  });
  process.send?.(url);
} else {
  const COUNT = Number(process.argv[2] ?? 200_000);
  const MAX_SECONDS = 600;
  const PARALLEL = 32;
  const PATH_LENGTH = 8_000;
  const child = fork(new URL(import.meta.url).pathname, ["--serve"], { execArgv: ["--expose-gc"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const url = await new Promise((resolve) => child.once("message", resolve));
  if (!url.startsWith("http://127.0.0.1:")) throw new Error(`not a local server: ${url}`);
  const liveHeap = () => new Promise((resolve) => {
    child.once("message", (bytes) => resolve(Number(bytes) / 1024 / 1024));
    child.send("gc");
  });
  const memory = () => {
    const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
    return Number(status.match(/VmRSS:\s+(\d+) kB/)?.[1]) / 1024;
  };
  const agent = new Agent({ keepAlive: true, maxSockets: PARALLEL });
  const get = (path, headers = {}) => new Promise((resolve) => {
    const sent = request(`${url.slice(0, -1)}${path}`, { agent, headers }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode));
    });
    sent.on("error", () => resolve("error"));
    sent.end();
  });
  // Every path distinct and ~8 KB: missing files, a real page reached through a different
  // path each time (slashes), and a page reached through an encoded "../" under /assets/.
  const padding = "x".repeat(PATH_LENGTH);
  const pathOf = (index) => {
    switch (index % 3) {
      case 0: return `/assets/${index}-${padding}.js`;
      case 1: return `${"/".repeat(1 + (index % 4000))}kk.html?${index}${padding.slice(0, 4000)}`;
      default: return `/assets/%2e%2e%2f${index}${padding}`;
    }
  };
  // Warm: the server's code paths compiled and its buffers grown before "before" is read.
  for (let index = 0; index < 2_000; index += 1) await get(pathOf(index));
  const heapBefore = await liveHeap();
  const before = memory();
  const started = Date.now();
  const statuses = {};
  let sent = 0;
  const worker = async () => {
    while (sent < COUNT && Date.now() - started < MAX_SECONDS * 1000) {
      const status = await get(pathOf(sent++), { "Accept-Encoding": "br, gzip" });
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  let peak = before;
  const sampling = setInterval(() => (peak = Math.max(peak, memory())), 500);
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  clearInterval(sampling);
  const after = memory();
  const heapAfter = await liveHeap();
  const root = await get("/");
  const seconds = (Date.now() - started) / 1000;
  console.log(`${sent} requests of ~${PATH_LENGTH / 1000} KB distinct paths in ${seconds.toFixed(1)} s (${Math.round(sent / seconds)}/s), ${PARALLEL} at a time: ${JSON.stringify(statuses)}`);
  console.log(`server's resident memory: before ${before.toFixed(1)} MB, peak ${peak.toFixed(1)} MB, after ${after.toFixed(1)} MB`);
  console.log(`server's live heap after a full collection: before ${heapBefore.toFixed(1)} MB, after ${heapAfter.toFixed(1)} MB`);
  console.log(`"/" afterwards: ${root}`);
  agent.destroy();
  child.kill();
  process.exitCode = root === 200 ? 0 : 1;
}
