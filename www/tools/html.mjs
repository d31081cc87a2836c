// Edits of the page template made by the build (the language pages, the offline file).

/**
 * `html` with each `[pattern, replacement]` applied in turn, as String.replace applies them
 * (`$1` in a string replacement; a function for text that may itself hold `$`). A pattern
 * that matches nothing throws: the template changed, and the edit would silently not happen.
 */
export function editHtml(html, edits) {
  return edits.reduce((edited, [pattern, replacement]) => {
    const found = typeof pattern === "string" ? edited.includes(pattern) : edited.search(pattern) >= 0;
    if (!found) throw new Error(`build: ${pattern} not found in the page template`);
    return edited.replace(pattern, replacement);
  }, html);
}

/**
 * The path of the page's script in a built page (`assets/app-<hash>.js`, as the build names it).
 * @param {string} page
 */
export function pageScriptOf(page) {
  const found = page.match(/src="(assets\/app-[^"]+)"/);
  if (!found) throw new Error("no script assets/app-….js in the page");
  return found[1];
}
