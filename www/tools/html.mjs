// Edits of index.html made by the build (the language pages, the offline file).

/**
 * `html` with each `[pattern, replacement]` applied in turn, as String.replace applies them
 * (`$1` in a string replacement; a function for text that may itself hold `$`). A pattern
 * that matches nothing throws: index.html changed, and the edit would silently not happen.
 */
export function editHtml(html, edits) {
  return edits.reduce((edited, [pattern, replacement]) => {
    if (edited.search(pattern) < 0) throw new Error(`build: ${pattern} not found in index.html`);
    return edited.replace(pattern, replacement);
  }, html);
}
