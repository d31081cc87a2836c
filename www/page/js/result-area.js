// Where the result goes: the headline (`#result-live`, a polite live region) and the details
// below it (`#result-details`). Until there is an answer it holds a sentence instead: the plain
// invitation, what to answer or correct (each a link to its question), or a fact the engine
// states. It is written only when what it says changes: a screen reader says the live region
// again at every write, and a keystroke must not cost a redraw of the same words.
import { element, find, maybeFind, scrollWithin, showLines } from "./dom.js";
import { headline, showDetails } from "./result.js";

/**
 * The result area, for `page` (the page's state, app.js: the area speaks `page.text`). `form`
 * holds the questions its links lead to; `drawPart` is the typing pause's (pause.js), which
 * the details wait for; `inReach` is told whether a result is shown (reach.js).
 * @param {{ live: HTMLElement, details: HTMLElement, form: HTMLFormElement, page: { text: ReturnType<typeof import("./i18n.js").translator> }, drawPart: ReturnType<typeof import("./pause.js").typingPause>["drawPart"], inReach: ReturnType<typeof import("./reach.js").keepResultInReach> }} parts
 */
export function resultArea({ live, details, form, page, drawPart, inReach }) {
  /** A sentence in place of a result: `key`'s text, or `said` when it is made otherwise. */
  function showMessage(key, said = page.text.t(key)) {
    const messageKey = `${page.text.language} ${key}`;
    if (live.dataset.key === messageKey) return;
    const message = document.createElement("p");
    message.className = "result-message";
    message.textContent = said;
    live.replaceChildren(message);
    live.dataset.key = messageKey;
    drawPart("details", () => details.replaceChildren(), { afterTyping: false });
    inReach.resultShown(false);
  }

  /**
   * `key`'s sentence, then a link to each question of `names` (those left to answer, or to
   * correct; "threshold", R15's question inside the amount's): `followQuestionLink` brings it
   * into view.
   */
  function showQuestionLinks(key, names) {
    const shownKey = `${page.text.language} ${key} ${names.join(" ")}`;
    if (live.dataset.key === shownKey) return;
    const link = (name) => (name === "threshold"
      ? element("a", { href: "#threshold" }, [page.text.t("threshold.question")])
      : element("a", { href: `#question-${name}` }, [page.text.t(`question.${name}`)]));
    const links = names.map((name) => element("li", {}, [link(name)]));
    live.replaceChildren(element("p", { class: "result-message" }, [page.text.t(key)]), element("ul", { class: "missing" }, links));
    live.dataset.key = shownKey;
    drawPart("details", () => details.replaceChildren(), { afterTyping: false });
    inReach.resultShown(false);
  }

  /**
   * R16: the questions still to answer before there is a figure; before any answer, the plain
   * invitation.
   */
  function showMissing(missing, answers) {
    if (Object.keys(answers).length === 0) {
      showMessage("result.waiting");
      return;
    }
    showQuestionLinks("result.missing", missing);
  }

  /**
   * The engine's `result` for `request`: the headline at once, the details (result.js's
   * `showDetails`, with its `options`) after the typing pauses when `typing`.
   */
  function showResult(result, request, options, typing) {
    const headlineKey = `${page.text.language} ${JSON.stringify(request)} ${JSON.stringify(result)}`;
    if (live.dataset.key !== headlineKey) {
      showLines(live, headline(result, page.text, request));
      live.dataset.key = headlineKey;
    }
    drawPart("details", () => showDetails(details, result, page.text, options), { afterTyping: typing });
    inReach.resultShown(true);
  }

  /**
   * A click on a question's link: the question comes into view with its first field (or its
   * wrong one) focused. Scrolled by hand, not by the link's jump: see dom.js's `scrollWithin`.
   * @param {Event} event
   */
  function followQuestionLink(event) {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#question-"], a[href="#threshold"]') : null;
    if (!link) return;
    event.preventDefault();
    const question = find(form, /** @type {string} */ (link.getAttribute("href")), HTMLElement);
    scrollWithin(question, "start");
    (maybeFind(question, "[aria-invalid]", HTMLElement) ?? maybeFind(question, "input", HTMLElement))?.focus({ preventScroll: true });
  }

  return { showMessage, showQuestionLinks, showMissing, showResult, followQuestionLink };
}
