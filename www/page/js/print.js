// On paper the folded parts of the result must show.
import { drawFold } from "./fold.js";

/**
 * Printing opens the folds below `root` that print (the working), and closes them after. They
 * are found again by id: the result may have been redrawn in between.
 */
export function printOpen(root) {
  let opened = [];
  addEventListener("beforeprint", () => {
    const closed = [...root.querySelectorAll("details.fold:not(.screen-only):not([open])")].filter((fold) => fold instanceof HTMLDetailsElement);
    for (const fold of closed) {
      // Drawn now: the page is laid out for paper before the "toggle" event would draw it.
      drawFold(fold);
      fold.open = true;
    }
    // Added to, not replaced: a second "beforeprint" before the "afterprint" finds them open.
    opened.push(...closed.map((fold) => fold.id));
  });
  addEventListener("afterprint", () => {
    for (const id of opened) {
      const fold = document.getElementById(id);
      if (fold instanceof HTMLDetailsElement) fold.open = false;
    }
    opened = [];
  });
}
