// Making elements. `attributes` with false or undefined values are left out; true is "".
const SVG = "http://www.w3.org/2000/svg";

/**
 * The element of the page with `id`, checked to be a `type`. The page's markup always holds
 * it: a missing one is a broken page, said here by name rather than later as a TypeError.
 * @template {Element} T
 * @param {string} id
 * @param {{ new (): T, prototype: T }} type
 * @returns {T}
 */
export const byId = (id, type) => checked(document.getElementById(id), type, `#${id}`);

/**
 * The first element under `parent` that matches `selector`, checked to be a `type`; throws
 * when there is none (`maybeFind` where none is a state of the page).
 * @template {Element} T
 * @param {ParentNode} parent
 * @param {string} selector
 * @param {{ new (): T, prototype: T }} type
 * @returns {T}
 */
export const find = (parent, selector, type) => checked(parent.querySelector(selector), type, selector);

/**
 * The first element under `parent` that matches `selector` and is a `type`, or null.
 * @template {Element} T
 * @param {ParentNode} parent
 * @param {string} selector
 * @param {{ new (): T, prototype: T }} type
 * @returns {T | null}
 */
export function maybeFind(parent, selector, type) {
  const found = parent.querySelector(selector);
  return found instanceof type ? found : null;
}

/**
 * @template {Element} T
 * @param {Element | null} found
 * @param {{ new (): T, prototype: T }} type
 * @param {string} name
 * @returns {T}
 */
function checked(found, type, name) {
  if (found instanceof type) return found;
  throw new Error(`The page has no ${type.name} ${name}`);
}

/**
 * @template {Element} E
 * @param {E} node
 * @param {Record<string, string | number | boolean | undefined>} attributes
 * @param {(Node | string)[]} children
 * @returns {E}
 */

function build(node, attributes, children) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== false) node.setAttribute(name, value === true ? "" : String(value));
  }
  node.append(...children);
  return node;
}

/**
 * An HTML element: `tag`, its `attributes` and `children`.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string | number | boolean | undefined>} [attributes]
 * @param {(Node | string)[]} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
export const element = (tag, attributes = {}, children = []) => build(document.createElement(tag), attributes, children);
/**
 * An SVG element, likewise.
 * @param {string} tag
 * @param {Record<string, string | number | boolean | undefined>} [attributes]
 * @param {(Node | string)[]} [children]
 */
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

/**
 * Scrolls this page's own window by the least that brings `element`'s bottom into view, above
 * the page's bottom scroll-padding (what "See your result" covers), but never so far that
 * `keep` (the field the person types in) leaves the window's top. Smooth, unless the person
 * asks for reduced motion. Not `scrollIntoView`, for the frames' sake (`scrollWithin`).
 */
export function scrollIntoSight(element, keep) {
  const root = getComputedStyle(document.documentElement);
  const below = element.getBoundingClientRect().bottom - (innerHeight - (parseFloat(root.scrollPaddingBottom) || 0));
  const room = keep.getBoundingClientRect().top - (parseFloat(root.scrollPaddingTop) || 0);
  const by = Math.min(below, room);
  if (by <= 0) return;
  scrollBy({ top: by, behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
}
