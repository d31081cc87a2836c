// Optional, for pages that can run a script: loaded after the calculator's <iframe data-syiaqy>.
//
// It keeps each such frame as tall as the window (less the frame's scroll-margin-top, where a
// host's own fixed header covers the window's top), and brings the frame to fill the window
// when the person goes into it. The calculator then scrolls inside its frame as in a window of
// its own: its sticky exit button and its "See your result" button, fixed at the window's
// bottom, stay where the person is. (A frame grown to its content's height put them thousands
// of pixels away on a phone, and its height told the host the answers.)
//
// It learns nothing from the calculator but that it runs: the one message the calculator
// sends, the same whatever is answered (js/embed.js). A frame that stays silent after loading
// was refused by the browser (the calculator's policy does not name this site, or a sandbox
// keeps its script from running): a line under it says so, with a link to the calculator's
// own page, where the browser shows a broken-page icon or a dead page otherwise.
(() => {
  // A classic script (no module has a currentScript): its own element while it first runs.
  const calculatorOrigin = new URL(/** @type {HTMLScriptElement} */ (document.currentScript).src).origin;
  // Written by the build from the catalogs ("embed.silent", "page.cannot.start.link"), by
  // language.
  const TEXTS = {};
  // The message can come just after the load event in another process; a dead frame is never
  // heard.
  const GRACE_MS = 1500;
  /** @returns {HTMLIFrameElement[]} */
  const frames = () => [...document.querySelectorAll("iframe[data-syiaqy]")].filter((frame) => frame instanceof HTMLIFrameElement);
  const heard = new WeakSet();
  const margin = (frame) => parseFloat(getComputedStyle(frame).scrollMarginTop) || 0;

  const fit = () => {
    for (const frame of frames()) frame.style.height = `${Math.max(0, innerHeight - margin(frame))}px`;
  };
  addEventListener("resize", fit);
  fit();

  // The focus went into a frame (a tap, a Tab): the calculator fills the window, its header at
  // the top and its result button at the bottom. (The window's blur is the one signal: the
  // frame element gets no focus event of its own.) Not at once: the focus comes with the
  // mouse button's press, and a frame moved before its release takes the click away from the
  // radio pressed (seen in Chromium); a press is over well within this.
  const SETTLE_MS = 600;
  addEventListener("blur", () => setTimeout(() => {
    const frame = frames().find((each) => each === document.activeElement);
    if (!frame) return;
    if (Math.abs(frame.getBoundingClientRect().top - margin(frame)) > 1) frame.scrollIntoView({ block: "start" });
  }, SETTLE_MS));

  const languageOf = (frame) => [frame.lang, frame.src.match(/\/(\w+)\.html/)?.[1], document.documentElement.lang.slice(0, 2)].find((language) => TEXTS[language]) ?? Object.keys(TEXTS)[0];
  const noteOf = (frame) => (frame.nextElementSibling?.hasAttribute("data-syiaqy-note") ? frame.nextElementSibling : null);
  const sayRefused = (frame) => {
    if (heard.has(frame) || noteOf(frame) || !TEXTS[languageOf(frame)]) return;
    const language = languageOf(frame);
    const note = document.createElement("p");
    note.setAttribute("data-syiaqy-note", "");
    note.lang = language;
    note.setAttribute("role", "status");
    const link = document.createElement("a");
    link.href = frame.src;
    link.textContent = TEXTS[language]["page.cannot.start.link"];
    note.append(`${TEXTS[language]["embed.silent"]} `, link);
    frame.after(note);
  };

  addEventListener("message", (event) => {
    if (event.origin !== calculatorOrigin || event.data?.type !== "syiaqy:here") return;
    for (const frame of frames()) {
      if (frame.contentWindow !== event.source) continue;
      heard.add(frame);
      noteOf(frame)?.remove();
    }
  });
  const ask = (frame) => frame.contentWindow?.postMessage({ type: "syiaqy:ping" }, calculatorOrigin);
  for (const frame of frames()) {
    // Once heard, later loads are the person's own doing (the exit leaves for another site).
    frame.addEventListener("load", () => {
      if (heard.has(frame)) return;
      ask(frame);
      setTimeout(() => sayRefused(frame), GRACE_MS);
    });
    // A frame that loaded before this script ran said so before anyone listened.
    ask(frame);
  }
})();
