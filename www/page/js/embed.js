// Inside an iframe (a gov.kz page, say), the page tells its parent how tall it is, so the
// frame can fit it without a scroll bar. Only the height crosses, never an answer. The
// message goes to the parent's origin where the browser tells it, else to any: a height is
// all it holds.
// host.js, a classic script other sites load, checks for the same type.
const HEIGHT_MESSAGE = "syiaqy:height";

export function postHeightToParent() {
  if (window.parent === window) return;
  const target = location.ancestorOrigins?.[0] ?? "*";
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, target === "null" ? "*" : target);
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}
