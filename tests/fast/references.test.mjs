// Every reference in the repository's documents and comments leads somewhere in a fresh clone:
// Markdown links to files that exist; in the Markdown's text and in the comments of src/, www/,
// tests/ and the build files, file names that exist, rule ids that src/rules.md defines,
// sections that the named document has, and no issue number or section sign with a number (no
// issue tracker or numbered section is in the repository: cite a commit, a rule id or a
// heading). Needs no build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Generated, installed or not ours: never read. */
const SKIPPED = new Set(["node_modules", "target", ".git", "www/site", "tests/fuzz/corpus", "tests/fuzz/artifacts", "tests/fuzz/coverage"]);
const KINDS = {
  md: "markdown", rs: "c", mjs: "c", js: "c", ts: "c", css: "c", html: "html", sh: "hash", toml: "hash", conf: "hash",
};

/** The repository's own text files, as paths relative to the root with "/". */
function filesUnder(directory = ROOT) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    const name = relative(ROOT, path).split(sep).join("/");
    if (SKIPPED.has(name) || SKIPPED.has(entry.name)) return [];
    return entry.isDirectory() ? filesUnder(path) : [name];
  });
}
const FILES = filesUnder();
const NAMES = new Set(FILES.map((file) => basename(file)));
/** What the build writes (target/pkg, www/site): named in the documents, never in the tree. */
const GENERATED = new Set(["kk.html", "ru.html", "en.html", "syiaqy-offline.html", "syiaqy.js", "syiaqy.d.ts", "calculator-glue.js", "reader-glue.js"]);
const GENERATED_UNDER = ["target/", "www/site/", "assets/", "pkg/", "./pkg/", "node_modules/", "tests/fuzz/target/"];
/** A hashed file of the built site (`app-H63U6SDR.js`). */
const HASHED = /-[A-Z0-9]{8}\.\w+$/;
/** The host's own files that the production configuration names. */
const SYSTEM = new Set(["nginx.conf"]);

const kindOf = (file) => (file === ".ci/run" ? "hash" : KINDS[file.split(".").pop()]);
const RULES = readFileSync(join(ROOT, "src/rules.md"), "utf8");
const RULE_IDS = new Set([...RULES.matchAll(/\*\*([A-Z]\d+)\*\*/g)].map(([, id]) => id));

/** The text of a file that may name things: all of a Markdown file but its code; else its comments. */
function commentsOf(file, text) {
  const kind = kindOf(file);
  if (kind === "markdown") return [text.replace(/^```[\s\S]*?^```/gm, "")];
  const comments = [];
  if (kind === "c" || kind === "html") {
    for (const [block] of text.matchAll(/\/\*[\s\S]*?\*\//g)) comments.push(block);
    // A line comment, not the "//" of a URL or inside a regular expression's escapes.
    for (const [, line] of text.matchAll(/(?<![:\\"'`])\/\/(.*)$/gm)) comments.push(line);
  }
  if (kind === "html") for (const [block] of text.matchAll(/<!--[\s\S]*?-->/g)) comments.push(block);
  if (kind === "hash") for (const [, line] of text.matchAll(/(?:^|\s)#(?![![])(.*)$/gm)) comments.push(line);
  return comments;
}

/** Whether `path`, named in `file`, is a file or folder of the repository (from the root or from `file`'s folder). */
function resolves(file, path) {
  if (GENERATED_UNDER.some((prefix) => path.startsWith(prefix)) || GENERATED.has(basename(path)) || HASHED.test(path) || SYSTEM.has(path)) return true;
  if (!path.includes("/")) return NAMES.has(path);
  const candidates = [join(ROOT, path), join(ROOT, dirname(file), path)];
  // A path inside a folder the comment is about (js/app.js: www/page/js/app.js).
  return candidates.some((candidate) => candidate.startsWith(ROOT) && existsSync(candidate)) || FILES.some((known) => known.endsWith(`/${path.replace(/^\.\//, "")}`));
}

const PATH = /(?<![\w./@%-])((?:\.{1,2}\/)?(?:[\w.-]+\/)*[\w-][\w.-]*\.(?:rs|md|mjs|js|ts|sh|html|css|toml|conf|png|lock))(?![\w/-])/g;
const SECTION = /(README|[\w./-]+\.md)(?:'s)?,? "([^"]+)"/g;

/** Every dangling reference in `text`, the comments or Markdown of `file`. */
function danglingIn(file, text) {
  const found = [];
  for (const comment of commentsOf(file, text)) {
    // Without URLs, and without Markdown's link targets (checked below, from the document's folder).
    const words = comment.replace(/\b[a-z]+:\/\/\S+/g, "").replace(/\]\([^)\s]*\)/g, "]");
    for (const [issue] of words.matchAll(/\bissues?\s+#?\d+/gi)) found.push(`"${issue}": cite the commit instead`);
    for (const [section] of words.matchAll(/§\s*\w+/g)) found.push(`"${section}": no document here has numbered sections`);
    for (const [id] of words.matchAll(/\b[REQA]\d{1,2}\b/g)) if (!RULE_IDS.has(id)) found.push(`rule ${id} is not in src/rules.md`);
    for (const [, path] of words.matchAll(PATH)) if (!resolves(file, path)) found.push(`${path} does not exist`);
    for (const [, document, heading] of words.matchAll(SECTION)) {
      const path = document === "README" ? "README.md" : document;
      const target = [join(ROOT, path), join(ROOT, dirname(file), path)].find((candidate) => existsSync(candidate));
      if (target && !new RegExp(`^#+ .*${heading.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "mi").test(readFileSync(target, "utf8"))) {
        found.push(`${document} has no section "${heading}"`);
      }
    }
  }
  if (kindOf(file) === "markdown") {
    // Links and pictures; rustdoc's links to items (crate::…) and anchors within the page aside.
    for (const [, link] of text.matchAll(/\]\(([^)\s]+)\)|<img src="([^"]+)"/g)) {
      const target = link?.split("#")[0];
      if (!target || /^[a-z]+:/.test(target) || target.includes("::")) continue;
      const path = join(ROOT, dirname(file), target);
      if (!path.startsWith(ROOT) || !existsSync(path)) found.push(`link ${target} does not exist`);
    }
  }
  return found;
}

test("the documents and comments are read: Markdown, Rust, JavaScript, CSS, HTML, shell", () => {
  const read = FILES.filter(kindOf);
  for (const file of ["README.md", "src/rules.md", "src/lib.rs", "www/page/js/app.js", "www/page/style.css", "tests/bench/reference.html", "tests/run.sh", ".ci/run", "Cargo.toml"]) {
    assert.ok(read.includes(file), `${file} is checked`);
  }
  assert.ok(RULE_IDS.has("R14") && RULE_IDS.has("Q1") && RULE_IDS.has("A10"), `rule ids read from src/rules.md: ${[...RULE_IDS]}`);
});

test("the check finds each kind of dangling reference", () => {
  assert.deepEqual(danglingIn("src/x.rs", "// rules.md §3, issue 10, R12, www/js/embed.js, toolchain.md, README, \"Nowhere\"\nlet a = \"//R99\";"), [
    '"issue 10": cite the commit instead', '"§3": no document here has numbered sections', "rule R12 is not in src/rules.md",
    "www/js/embed.js does not exist", "toolchain.md does not exist", 'README has no section "Nowhere"',
  ]);
  assert.deepEqual(danglingIn("www/docs/x.md", "[a](../nginx/syiaqy.conf) [b](missing.md) [c](https://gov.kz) `tests/vectors.md`"), ["link missing.md does not exist"]);
  assert.deepEqual(danglingIn("tests/run.sh", "echo \"$#\" # see tests/gone.sh\n"), ["tests/gone.sh does not exist"]);
});

test("every reference in the repository's documents and comments resolves", () => {
  const dangling = FILES.filter(kindOf).flatMap((file) => danglingIn(file, readFileSync(join(ROOT, file), "utf8")).map((problem) => `${file}: ${problem}`));
  assert.deepEqual(dangling, []);
});
