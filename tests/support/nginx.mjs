// The production configuration (www/nginx/syiaqy.conf) run on Debian's nginx, for the tests:
// started from a scratch folder on a free 127.0.0.1 port, as its own process (not a service),
// serving the built site, and stopped after. Only what a test cannot have is changed: the
// listening address (no TLS certificate here) and the root. Its access log is read as the dev
// server's record of requests (`served`), so a journey's privacy checks run against it alike.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, SITE } from "../../www/tools/paths.mjs";
import { freePort } from "../../www/tools/server.mjs";

export const CONFIGURATION = join(ROOT, "www/nginx/syiaqy.conf");
const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((path) => existsSync(path)) ?? "nginx";

/** `text` with `pattern` replaced, once: a configuration whose shape changed fails here, loudly. */
function replaceOnce(text, pattern, replacement) {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`)) ?? [];
  if (matches.length !== 1) throw new Error(`${CONFIGURATION}: expected one ${pattern}, found ${matches.length}`);
  return text.replace(pattern, replacement);
}

/** The repository's server block, listening on `port` of 127.0.0.1 without TLS, serving `root`. */
export function testedConfiguration(port, root = SITE) {
  let text = readFileSync(CONFIGURATION, "utf8");
  text = replaceOnce(text, /^\s*listen 443 ssl http2;$/m, `  listen 127.0.0.1:${port};`);
  text = replaceOnce(text, /^\s*ssl_certificate .*$/m, "");
  text = replaceOnce(text, /^\s*ssl_certificate_key .*$/m, "");
  return replaceOnce(text, /^\s*root \S+;/m, `  root ${root.replace(/\/$/, "")};`);
}

/** The requests nginx answered, from its access log: the dev server's `answerRecord`, read. */
function accessRecord(log) {
  const entries = () => (existsSync(log) ? readFileSync(log, "utf8").split("\n").filter(Boolean) : []).map((line) => {
    const [method, target, status] = line.split(" ");
    return { method, path: decodeURIComponent(target.split("?")[0]), status: Number(status) };
  });
  return {
    get count() {
      return entries().length;
    },
    since: (mark) => entries().slice(mark),
  };
}

/** Waits until something answers HTTP at `url`. */
async function answering(url, child, within = 10_000) {
  const until = Date.now() + within;
  while (Date.now() < until) {
    if (child.exitCode !== null) return false;
    try {
      await fetch(url);
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return false;
}

/**
 * nginx with the repository's configuration, serving `root` (the built site). Resolves to `{
 * url, served, close() }` like `serve()` of www/tools/server.mjs.
 */
export async function serveWithNginx({ root = SITE } = {}) {
  const folder = mkdtempSync(join(tmpdir(), "syiaqy-nginx-"));
  for (const temp of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(join(folder, temp));
  for (let attempt = 0; ; attempt += 1) {
    const port = await freePort();
    writeFileSync(join(folder, "syiaqy.conf"), testedConfiguration(port, root));
    writeFileSync(join(folder, "nginx.conf"), `# Written by tests/support/nginx.mjs around www/nginx/syiaqy.conf.
load_module ${BROTLI_MODULE};
daemon off;
worker_processes 1;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log;
${process.getuid?.() === 0 ? "# As root the workers would run as nobody, who cannot read a private scratch folder.\nuser root root;" : ""}
events { worker_connections 256; }
http {
  client_body_temp_path ${folder}/client_body;
  proxy_temp_path ${folder}/proxy;
  fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi;
  scgi_temp_path ${folder}/scgi;
  log_format syiaqy '$request_method $request_uri $status';
  access_log ${folder}/access.log syiaqy;
  include ${folder}/syiaqy.conf;
}
`);
    const child = spawn(NGINX, ["-c", join(folder, "nginx.conf"), "-p", folder, "-e", join(folder, "error.log")], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const stop = () => child.exitCode === null && child.kill("SIGTERM");
    process.once("exit", stop);
    const url = `http://127.0.0.1:${port}/`;
    if (await answering(url, child)) {
      return {
        url,
        served: accessRecord(join(folder, "access.log")),
        close: async () => {
          stop();
          if (child.exitCode === null) await new Promise((resolve) => child.once("exit", resolve));
          rmSync(folder, { recursive: true, force: true });
        },
      };
    }
    stop();
    const log = existsSync(join(folder, "error.log")) ? readFileSync(join(folder, "error.log"), "utf8") : "";
    // The port taken between its choice and nginx's bind: another.
    if (attempt < 3 && /Address already in use/.test(stderr + log)) continue;
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`nginx did not start: ${stderr}${log}`);
  }
}
