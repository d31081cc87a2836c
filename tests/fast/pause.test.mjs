// The pause in the typing (www/page/js/pause.js) on a clock the test turns by hand: no real
// time, no race with a timer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { typingPause, TYPING_PAUSE_MS } from "../../www/page/js/pause.js";

/** A clock that moves only when told, and fires its timers as it passes them. */
function handClock() {
  let now = 0;
  /** @type {{ at: number, run: () => void, id: number }[]} */
  let timers = [];
  let ids = 0;
  return {
    now: () => now,
    setTimer: (/** @type {() => void} */ run, /** @type {number} */ ms) => {
      ids += 1;
      timers.push({ at: now + ms, run, id: ids });
      return ids;
    },
    clearTimer: (/** @type {unknown} */ id) => { timers = timers.filter((timer) => timer.id !== id); },
    /** @param {number} ms */
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((timer) => timer !== due);
        now = due.at;
        due.run();
      }
      now = until;
    },
    pending: () => timers.length,
  };
}

test("what waits is drawn once the typing pauses, counted from the last keystroke", () => {
  const clock = handClock();
  const { drawPart } = typingPause(clock);
  /** @type {string[]} */
  const drawn = [];
  // A keystroke every 50 ms for 300 ms, each well within the pause of the one before.
  for (const typed of ["6", "7", "8", "9", "6", "9"]) {
    drawPart("reading", () => drawn.push(typed), { afterTyping: true });
    clock.advance(50);
  }
  assert.deepEqual(drawn, [], "nothing while the keystrokes keep coming");
  clock.advance(TYPING_PAUSE_MS - 50 - 1);
  assert.deepEqual(drawn, [], "not a millisecond early");
  clock.advance(1);
  assert.deepEqual(drawn, ["9"], "the burst's last drawing, once");
  assert.equal(clock.pending(), 0, "no timer left behind");
});

test("one timer a burst, a part drawn at once when not after typing, and Tab or printing draws what waits", () => {
  const clock = handClock();
  const { drawPart, drawWaiting } = typingPause(clock);
  /** @type {string[]} */
  const drawn = [];
  drawPart("details", () => drawn.push("details 1"), { afterTyping: true });
  drawPart("reading", () => drawn.push("reading"), { afterTyping: true });
  drawPart("details", () => drawn.push("details 2"), { afterTyping: true });
  assert.equal(clock.pending(), 1, "one timer for the burst");
  drawPart("headline", () => drawn.push("headline"), { afterTyping: false });
  assert.deepEqual(drawn, ["headline"]);
  drawWaiting();
  assert.deepEqual(drawn, ["headline", "reading", "details 2"], "a newer drawing of a part replaces the waiting one");
  assert.equal(clock.pending(), 0);
  clock.advance(1000);
  assert.equal(drawn.length, 3, "nothing drawn twice");
});
