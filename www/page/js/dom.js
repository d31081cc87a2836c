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
 * `textContent` does, gives the next frame a layout tree to update (issue 14: a keystroke
 * changes the words of a few lines and nothing else).
 */
export function writeText(node, words) {
  const only = node.childNodes.length === 1 ? node.firstChild : null;
  if (only?.nodeType === Node.TEXT_NODE && words) only.data = words;
  else node.textContent = words;
}

/**
 * Puts `lines` (elements holding words only) in `container`, as `replaceChildren` would; when
 * it already holds lines of the same tags and classes, only their words change (`writeText`).
 */
export function showLines(container, lines) {
  const shown = [...container.children];
  const sameLines = shown.length === lines.length && lines.every((line, index) => shown[index].tagName === line.tagName && shown[index].className === line.className);
  if (!sameLines) return container.replaceChildren(...lines);
  lines.forEach((line, index) => {
    if (shown[index].textContent !== line.textContent) writeText(shown[index], line.textContent);
  });
}
