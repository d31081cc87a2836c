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

