// What waits for a pause in the typing: the readings under the fields, and the parts below the
// headline (what to do next, the answers, the folds). Each keystroke's frame then carries only
// the typed character and the headline, and a burst of keystrokes draws the rest once, with
// its last answers. In da83802 and 3864b81, keystroke to the next frame at 4× slowdown: 24.1 ms
// with the parts below, 20.7 without, the plain page 13.6; then, without the readings too,
// 1.34× → 1.11×, 1.58× → 1.33× and 1.32× → 1.20× of the plain page in three runs.

/** How long the typing must stop, in ms, before what waits for it is drawn. */
export const TYPING_PAUSE_MS = 150;

/**
 * @typedef {object} Clock What the pause reads the time and sets its timer with: the page's
 *   own by default, a test's where it needs no real time.
 * @property {() => number} now milliseconds, as `performance.now()`
 * @property {(run: () => void, ms: number) => unknown} setTimer
 * @property {(timer: unknown) => void} clearTimer
 */

/** @type {Clock} */
const PAGE_CLOCK = {
  now: () => performance.now(),
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (timer) => clearTimeout(/** @type {ReturnType<typeof setTimeout>} */ (timer)),
};

/**
 * The pause in the typing. `drawPart(part, draw, { afterTyping })` draws at once, or once the
 * typing pauses; a newer drawing of a part replaces the one waiting. `drawWaiting()` draws
 * what waits now: Tab and printing end the typing.
 * @param {Clock} [clock]
 */
export function typingPause(clock = PAGE_CLOCK) {
  /** @type {Map<string, () => void>} */
  const waiting = new Map();
  // When the pause ends: each keystroke moves it. The timer is set once a burst and, when it
  // fires early, again for what is left; setting it again at each keystroke cost more.
  let endsAt = 0;
  /** @type {unknown} */
  let timer;
  const drawWaiting = () => {
    if (timer !== undefined) clock.clearTimer(timer);
    timer = undefined;
    const draws = [...waiting.values()];
    waiting.clear();
    for (const draw of draws) draw();
  };
  const atPause = () => {
    const left = endsAt - clock.now();
    if (left > 0) timer = clock.setTimer(atPause, left);
    else drawWaiting();
  };
  /** @param {string} part @param {() => void} draw @param {{ afterTyping: boolean }} when */
  const drawPart = (part, draw, { afterTyping }) => {
    waiting.delete(part);
    if (!afterTyping) {
      draw();
      return;
    }
    waiting.set(part, draw);
    endsAt = clock.now() + TYPING_PAUSE_MS;
    if (timer === undefined) timer = clock.setTimer(atPause, TYPING_PAUSE_MS);
  };
  return { drawPart, drawWaiting };
}
