// Where a wasm module of the engine comes from, as the build gives it (www/tools/build.mjs): a
// file in assets/, beside the scripts (the site), or its bytes (the offline file, which can
// load nothing). One place for both modules, the calculator's and the reader's.

/** What wasm-bindgen's init takes as `module_or_path` for a wasm the page imported. */
export function wasmSource(built) {
  // This module is bundled into assets/ with the scripts that import it: the file is beside it.
  return typeof built === "string" ? new URL(built, import.meta.url) : built;
}
