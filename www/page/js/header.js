// The header (the languages and the exit) stays at the top of a phone's window, within the
// thumb's reach, unless it would take more than a fifth of the window: with large text or zoom
// it then scrolls away with the page, which needs the room (WCAG 1.4.4, 1.4.10).
const MOST_OF_THE_WINDOW = 1 / 5;

export function keepHeaderInProportion(header) {
  const fit = () => {
    const scrolls = header.offsetHeight > innerHeight * MOST_OF_THE_WINDOW;
    // Written only when it changes: a class written costs the next frame a style pass.
    if (document.documentElement.classList.contains("header-scrolls") !== scrolls) document.documentElement.classList.toggle("header-scrolls", scrolls);
  };
  new ResizeObserver(fit).observe(header);
  addEventListener("resize", fit);
  fit();
}
