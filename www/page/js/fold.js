// A part of the answer folded behind its heading (`<details>`), drawn only once it is needed:
// when opened, or when something must read it (copying, printing).
import { element } from "./dom.js";

/** The drawing each fold still owes, until it is drawn. */
const owed = new WeakMap();

/**
 * A fold `id` headed by `summaryKey`, as the person left it: a redrawn result keeps a fold
 * they opened. `content()` makes what it holds, at once when open, else when first opened or
 * drawn by `drawFold`; `refold` gives it another.
 */
export function fold(id, summaryKey, text, content, className = "") {
  const shown = document.getElementById(id);
  const open = shown instanceof HTMLDetailsElement && shown.open;
  const details = element("details", { id, class: `fold ${className}`.trim(), open }, [
    element("summary", {}, [element("h3", {}, [text.t(summaryKey)])]),
  ]);
  owed.set(details, content);
  if (open) drawFold(details);
  details.addEventListener("toggle", () => {
    if (details.open) drawFold(details);
  });
  return details;
}

/** Gives `details` new content in place of its old: drawn now if it is open, else owed. */
export function refold(details, content) {
  for (const drawn of [...details.children].slice(1)) drawn.remove();
  owed.set(details, content);
  if (details.open) drawFold(details);
}

/** Draws what `details` holds, if it has not been drawn yet. */
export function drawFold(details) {
  const content = owed.get(details);
  if (!content) return;
  owed.delete(details);
  details.append(...content());
}
