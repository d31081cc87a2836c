// "I know the article in the verdict": the code, article, part and point the verdict names and
// when the offense was committed, and the likely category the engine finds for them
// (`classifyArticle()`), chosen in the case's question when there is one. Bundled with the page
// script: as a lazy chunk of its own it made esbuild share a runtime chunk with the page, one
// more request for every visitor (tried).
import { classifyArticle } from "syiaqy";
import { element } from "./dom.js";
import { withPhoneLinks } from "./phone.js";
import { dateInput, dateValue } from "./flow.js";

/** A text field of the helper, with its label. */
function articleField(id, labelKey, size) {
  return element("div", { class: "article-part" }, [
    element("label", { for: id, "data-i18n": labelKey }),
    element("input", { type: "text", id, inputmode: "numeric", autocomplete: "off", spellcheck: "false", maxlength: 8, size }),
  ]);
}

/**
 * Puts the helper's fields into its `details` (which names the engine's codes in
 * `data-codes`); returns the details, for its texts to be translated.
 */
export function fillArticleHelper(details) {
  const codes = details.dataset.codes.split(" ");
  details.append(
    element("p", { class: "hint", "data-i18n": "article.hint" }),
    element("fieldset", { class: "date-input" }, [
      element("legend", { class: "text-label", "data-i18n": "article.code" }),
      element("div", { class: "radios" }, codes.map((code, index) => element("div", { class: "radio" }, [
        element("input", { type: "radio", id: `article-code-${code}`, name: "article-code", value: code, checked: index === 0 }),
        element("label", { for: `article-code-${code}` }, [element("span", { "data-i18n": `article.code.${code}` })]),
      ]))),
    ]),
    element("div", { class: "date-parts" }, [
      articleField("article-number", "article.number", 6),
      articleField("article-part", "article.part", 4),
      articleField("article-point", "article.point", 4),
    ]),
    element("p", { class: "hint", id: "committed-hint", "data-i18n": "article.committed.hint" }),
    dateInput("committed", "article.committed", "committed-hint"),
    element("button", { type: "button", id: "article-find", class: "secondary-button", "data-i18n": "article.find" }),
    element("div", { id: "article-found", class: "article-found", "aria-live": "polite" }),
  );
  return details;
}

/** Asks the engine about the article typed into `form`, and says what it found in `text`'s language. */
export function findCategory(form, text) {
  const found = form.querySelector("#article-found");
  const typed = (id) => form.querySelector(`#${id}`).value.trim();
  let answer;
  try {
    answer = classifyArticle({
      code: form.querySelector('input[name="article-code"]:checked')?.value,
      article: typed("article-number"),
      part: typed("article-part"),
      point: typed("article-point"),
      committed: dateValue(form, "committed"),
    });
  } catch (error) {
    if (!error.code) throw error;
    found.replaceChildren(element("p", { class: "field-error" }, [text.t(`error.${error.code}`)]));
    return;
  }
  const { t } = text;
  const lines = [];
  if (answer.finding === "corruption" && answer.min === answer.max) {
    const radio = form.querySelector(`#offense-${answer.min}`);
    radio.checked = true;
    radio.dispatchEvent(new Event("input", { bubbles: true }));
    lines.push(t("article.finding.corruption", { category: t(`offense.${answer.min}`) }));
  } else if (answer.finding === "corruption") {
    lines.push(t("article.found.range", { min: t(`offense.${answer.min}`), max: t(`offense.${answer.max}`) }));
  } else {
    lines.push(t(`article.finding.${answer.finding}`));
  }
  for (const caveat of answer.caveats) lines.push(t(`article.caveat.${caveat}`));
  found.replaceChildren(...lines.map((line) => element("p", {}, withPhoneLinks(line))));
}
