// Builds the static site into www/site from the page's sources and the engine's package
// (target/pkg, which www/build.sh makes first): exactly the files that are served, every one
// but the HTML pages and host.js named by its content's hash, so they can be cached for good.
//
//   index.html, kk.html, ru.html, en.html   the template in each language (index.html: Kazakh,
//                                           and picks the reader's language when it runs)
//   syiaqy-offline.html                     the whole calculator in one file, for disk
//   host.js                                 for pages that frame the calculator (a stable name)
//   assets/                                 the page script, a chunk per language's catalog,
//                                           the style, the calculator's wasm, and the reader
//                                           of a verdict's line (its chunk and its wasm)
//   <each of them>.br, .gz                  the same, compressed, for the host to send as it is
//
// usage: node www/tools/build.mjs
import { build } from "esbuild";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { basename, join, relative } from "node:path";
import { PAGE, PACKAGE, SITE } from "./paths.mjs";
import { languagePage, pageOf, formMarkup } from "./pages.mjs";
import { questions } from "../page/js/flow.js";
import { offlinePage } from "./offline.mjs";
import { declarations } from "./types.mjs";
import { editHtml } from "./html.mjs";
import { brotli, printSizes, sizesOf } from "./sizes.mjs";
import { LANGUAGES, loadCatalog, translator } from "../page/js/i18n.js";
import engine from "./engine.mjs";

/** What both bundles share: the page's modules, the engine's package under the name "syiaqy". */
/** @type {import("esbuild").BuildOptions & { entryPoints: string[] }} */
const BUNDLE = {
  entryPoints: [join(PAGE, "js/app.js")],
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  legalComments: "none",
  // The catalogs as written: escaping every Kazakh letter to \uXXXX doubled their size.
  charset: "utf8",
  alias: { syiaqy: PACKAGE.replace(/\/$/, "") },
  logLevel: "warning",
};

/**
 * The site's script and style: one chunk per language catalog (import() in i18n.js), the wasm
 * as a file beside them. Returns each source's served path: `js/app.js`, `style.css`,
 * `engine.wasm` (the calculator's module; the reader's is loaded with its chunk when the
 * verdict's line is first used) and `catalog.kk`…, and `shared`, the chunks the script imports.
 */
async function bundleSite() {
  const { metafile } = await build({
    ...BUNDLE,
    entryPoints: [...BUNDLE.entryPoints, join(PAGE, "style.css")],
    splitting: true,
    outdir: join(SITE, "assets"),
    entryNames: "[name]-[hash]",
    chunkNames: "[name]-[hash]",
    assetNames: "[name]-[hash]",
    loader: { ".wasm": "file" },
    metafile: true,
  });
  if (!metafile) throw new Error("esbuild gave no metafile");
  /** @type {{ shared: string[], [source: string]: string | string[] }} */
  const assets = { shared: [] };
  for (const [output, { entryPoint, inputs, imports }] of Object.entries(metafile.outputs)) {
    const served = relative(SITE, output);
    const source = entryPoint ?? Object.keys(inputs)[0] ?? "";
    if (source.endsWith("js/app.js")) {
      assets["js/app.js"] = served;
      // What the script imports statically: the chunks it shares with the reader of the
      // verdict's line (the page's helpers, the module guard, wasm-bindgen's snippet) and
      // esbuild's runtime. Preloaded, so they cost no round trip of their own.
      assets.shared = imports.filter((imported) => imported.kind === "import-statement").map((imported) => relative(SITE, imported.path));
    }
    else if (source.endsWith("style.css")) assets["style.css"] = served;
    // The calculator's wasm, preloaded by the page; the reader's comes with verdict-line.js.
    else if (output.endsWith(".wasm") && basename(output).startsWith("calculator_bg-")) assets["engine.wasm"] = served;
    const language = source.match(/js\/lang\/(\w+)\.js$/)?.[1];
    if (language) assets[`catalog.${language}`] = served;
  }
  return assets;
}

/** The offline file's script (every catalog and the wasm inside) and style, as text. */
async function bundleOffline() {
  const [script, style] = await Promise.all([
    build({ ...BUNDLE, write: false, loader: { ".wasm": "binary" } }),
    build({ ...BUNDLE, entryPoints: [join(PAGE, "style.css")], write: false }),
  ]);
  const text = (/** @type {import("esbuild").BuildResult} */ built) => {
    if (!built.outputFiles) throw new Error("esbuild wrote no output in memory");
    return built.outputFiles[0].text.trim();
  };
  return { script: text(script), style: text(style) };
}

/**
 * host.js with its texts from the catalogs: it runs on other sites, where it can load nothing
 * of ours but itself.
 */
async function hostScript() {
  const texts = {};
  for (const language of LANGUAGES) {
    const catalog = await loadCatalog(language);
    texts[language] = Object.fromEntries(HOST_TEXTS.map((key) => [key, catalog[key]]));
  }
  return editHtml(readFileSync(join(PAGE, "host.js"), "utf8"), [[/const TEXTS = \{\};/, () => `const TEXTS = ${JSON.stringify(texts)};`]]);
}
const HOST_TEXTS = ["embed.silent", "page.cannot.start.link"];

/** Every file under `folder`, as paths. */
function filesIn(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesIn(join(folder, entry.name)) : [join(folder, entry.name)]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  // The package's entry and declarations: embedders and the bundler import it as "syiaqy".
  writeFileSync(join(PACKAGE, "syiaqy.d.ts"), declarations({ choices: engine.choices(), vocabulary: engine.vocabulary(), regimes: engine.regimes() }));
  writeFileSync(join(PACKAGE, "package.json"), `${JSON.stringify({ name: "syiaqy", type: "module", main: "syiaqy.js", types: "syiaqy.d.ts" }, null, 2)}\n`);

  const assets = await bundleSite();
  const form = formMarkup(questions(engine.choices(), engine.limits()));
  const facts = { engine: { tiers: engine.limits().tiers, latestMci: engine.mciTable().at(-1) }, assets, form };
  const template = readFileSync(join(PAGE, "index.html"), "utf8");
  const pages = {};
  for (const language of LANGUAGES) {
    const text = translator(language, await loadCatalog(language), engine.limits());
    pages[pageOf(language)] = languagePage(template, text, { ...facts, catalog: assets[`catalog.${language}`] });
    // The negotiating entry: Kazakh without JavaScript, the reader's language with it.
    if (language === "kk") pages["index.html"] = languagePage(template, text, { ...facts, catalog: null });
  }
  pages["syiaqy-offline.html"] = offlinePage(pages["index.html"], await bundleOffline());
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(SITE, name), html);
  writeFileSync(join(SITE, "host.js"), await hostScript());
  // Compressed once, at the best level, beside each file: nginx sends them as they are
  // (brotli_static, gzip_static, www/nginx/syiaqy.conf) instead of compressing each request
  // at a lower level.
  for (const file of filesIn(SITE)) {
    const bytes = readFileSync(file);
    writeFileSync(`${file}.br`, brotli(bytes));
    writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  }

  // What a visitor of each language's page downloads the first time (bench.sh measures it
  // as the browser requests it).
  for (const language of LANGUAGES) {
    console.log(`\nFirst load of ${pageOf(language)}:`);
    const files = [pageOf(language), assets["style.css"], assets["js/app.js"], ...assets.shared, assets[`catalog.${language}`], assets["engine.wasm"]].map(String);
    printSizes(files.map((file) => ({ ...sizesOf(join(SITE, file)), path: file })));
  }
  console.log("\nThe offline file:");
  printSizes([{ ...sizesOf(join(SITE, "syiaqy-offline.html")), path: basename("syiaqy-offline.html") }]);
}
