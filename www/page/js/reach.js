// The answer within reach: on a phone the result starts far below the questions.
import { scrollWithin } from "./dom.js";

/** The band at the bottom of the window the button covers, in CSS px (style.css `.to-result`). */
const BUTTON_BAND = 72;

/**
 * "See your result": a button at the bottom of the window while there is a result whose
 * headline (`headline`, the polite live region screen readers already hear) is still below.
 * It brings the result's heading (`heading`) into view and moves the focus there. Returns
 * `resultShown(yes)`, for the page to say whether a result is shown.
 */
export function keepResultInReach(button, headline, heading) {
  let shown = false;
  let ahead = false;
  // Not while the person types: it would sit on what the field reads back under it (engines
  // scroll a focused field into view each their own way), and a phone's keyboard leaves
  // little room. It comes back when the focus leaves the field.
  let inTextField = false;
  const isTextField = (element) => element instanceof HTMLInputElement && element.type === "text";
  const refresh = () => {
    // Not taken away from under the keyboard's focus: the focus would fall to the page's
    // start. It goes once the focus leaves it.
    const hidden = (!shown || !ahead || inTextField) && document.activeElement !== button;
    // Written only when it changes: a write, even of the same value, costs the next frame a
    // style pass over the whole page.
    if (button.hidden === hidden) return;
    button.hidden = hidden;
    if (!hidden) fitLabel();
    // Room below the page's end and above a focused field, so that the button covers neither.
    document.documentElement.classList.toggle("result-in-reach", !hidden);
  };
  // One line (style.css): the whole label ("See your result") where it fits, else the short
  // one ("Your result"), read when the button shows and when the window changes, not each frame.
  const [whole, short] = [...button.querySelectorAll(".jump-label")].map((label) => /** @type {HTMLElement} */ (label));
  const fitLabel = () => {
    whole.hidden = false;
    short.hidden = true;
    if (button.scrollWidth <= button.clientWidth) return;
    whole.hidden = true;
    short.hidden = false;
  };
  addEventListener("resize", () => {
    if (!button.hidden) fitLabel();
  });
  // Ahead: the headline starts below the window's part above the button's band. Once it shows
  // there, the person sees where the result is, and the button would only hide its amount.
  // The parts after the headline are watched too, and the headline's place read whichever part
  // moved: a jump from above the headline to below it (Tab into the result's details, a link)
  // crosses none of the headline's own thresholds, and would leave the button pointing down
  // at a result above.
  const watch = new IntersectionObserver(() => {
    ahead = headline.getBoundingClientRect().top >= innerHeight - BUTTON_BAND;
    refresh();
  }, { threshold: 0, rootMargin: `0px 0px -${BUTTON_BAND}px 0px` });
  // Watched from the first time the page says whether there is a result: by then the
  // calculator is on screen, and the first report of a watch says where the headline is.
  let watching = false;
  // Every move of the focus, the button's own leaving included (it goes once unfocused).
  addEventListener("focusin", (event) => {
    inTextField = isTextField(event.target);
    refresh();
  });
  addEventListener("focusout", (event) => {
    inTextField = isTextField(event.relatedTarget);
    refresh();
  });
  // Tab out of a field: back before the browser picks the next control, which it then is.
  addEventListener("keydown", (event) => {
    if (event.key !== "Tab" || !inTextField) return;
    inTextField = false;
    refresh();
  });
  button.addEventListener("click", () => {
    scrollWithin(heading, "start");
    heading.focus({ preventScroll: true });
  });
  return {
    resultShown(yes) {
      if (!watching) for (const part of fromHeadlineOn(headline, button)) watch.observe(part);
      watching = true;
      shown = yes;
      refresh();
    },
  };
}

/** The headline and every part of the page after it (but the button): a jump lands in one. */
function fromHeadlineOn(headline, button) {
  const parts = [headline];
  for (let node = headline; node && node !== document.body; node = node.parentElement) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) if (next !== button) parts.push(next);
  }
  return parts;
}
