// Optional, for pages that can run a script: resizes every <iframe data-syiaqy> to the
// height the calculator reports. Accepts messages only from the origin this file is served
// from (the calculator's own), and only a number.
(() => {
  const calculatorOrigin = new URL(document.currentScript.src).origin;
  window.addEventListener("message", (event) => {
    if (event.origin !== calculatorOrigin) return;
    const { type, height } = event.data ?? {};
    // The type www/js/embed.js posts.
    if (type !== "syiaqy:height" || !Number.isFinite(height) || height <= 0 || height > 100000) return;
    for (const frame of document.querySelectorAll("iframe[data-syiaqy]")) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(height)}px`;
    }
  });
})();
