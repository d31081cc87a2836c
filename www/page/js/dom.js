// Making elements. `attributes` with false or undefined values are left out; true is "".
const SVG = "http://www.w3.org/2000/svg";

function build(node, attributes, children) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== false) node.setAttribute(name, value === true ? "" : value);
  }
  node.append(...children);
  return node;
}

export const element = (tag, attributes = {}, children = []) => build(document.createElement(tag), attributes, children);
export const svgElement = (tag, attributes = {}, children = []) => build(document.createElementNS(SVG, tag), attributes, children);

/**
 * Sets the words of `node`. A lone text child is changed in place: replacing it, as
 * `textContent` does, gives the next frame a layout tree to update (da83802: a keystroke
 * changes the words of a few lines and nothing else).
 */
export function writeText(node, words) {
  const only = node.childNodes.length === 1 ? node.firstChild : null;
  if (only?.nodeType === Node.TEXT_NODE && words) only.data = words;
  else node.textContent = words;
}

/**
 * Shows `lines` in `container`, a paragraph each (`{ attributes, words }`). When it already
 * holds paragraphs of the same classes, only their words change (`writeText`): a keystroke that
 * changes a figure then makes no element.
 */
export function showLines(container, lines) {
  const shown = container.children;
  const sameLines = shown.length === lines.length && lines.every(({ attributes }, index) => shown[index].className === attributes.class);
  if (!sameLines) {
    container.replaceChildren(...lines.map(({ attributes, words }) => element("p", attributes, [words])));
    return;
  }
  lines.forEach(({ words }, index) => {
    if (shown[index].textContent !== words) writeText(shown[index], words);
  });
}

/**
 * Scrolls this page's own window so that `element` sits at the window's start (below the
 * page's scroll-padding, the sticky header's room) or centre. Not `scrollIntoView`: in a frame,
 * that also scrolls the page around it (Chromium and Firefox, across origins), and with
 * host.js's window-high frame it moved the frame's top, and the exit button, out of the window.
 */
export function scrollWithin(element, block) {
  const box = element.getBoundingClientRect();
  const room = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  const offset = block === "center" ? (innerHeight - box.height) / 2 : room;
  scrollTo({ top: scrollY + box.top - offset });
}
