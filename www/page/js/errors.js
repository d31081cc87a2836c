// Errors where the person is: each wrong answer said under its field, every one of them in the
// summary at once, and dates checked part by part in GOV.UK's words, with only the wrong part
// marked. The engine checks the rest (`estimate()`'s errors, with their field).
import { DATE_PARTS } from "./flow.js";

/** How many days `month` (1–12) of `year` has. */
const daysIn = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * What is wrong with the date typed into `field`'s three parts, before the engine sees it:
 * `{ key, parts }`, the catalog key of its message and the parts to mark; null when the date
 * is empty (an answer still to give, not a mistake) or a real day.
 */
export function dateProblem(form, field) {
  const values = Object.fromEntries(DATE_PARTS.map((part) => [part, form.querySelector(`#${field}-${part}`)?.value.trim() ?? ""]));
  const missing = DATE_PARTS.filter((part) => !values[part]);
  if (missing.length === DATE_PARTS.length) return null;
  if (missing.length) return { key: `error.date.missing.${missing.join("_")}`, parts: missing };
  const notNumbers = DATE_PARTS.filter((part) => !/^\d+$/.test(values[part]));
  if (notNumbers.length) return { key: "error.date.not_real", parts: notNumbers };
  if (values.year.length !== 4) return { key: "error.date.year", parts: ["year"] };
  const [day, month, year] = DATE_PARTS.map((part) => Number(values[part]));
  if (month < 1 || month > 12) return { key: "error.date.not_real", parts: ["month"] };
  if (day < 1 || day > daysIn(year, month)) return { key: "error.date.not_real", parts: ["day"] };
  return null;
}

/** The dates of the questions, each with the question it belongs to. */
export const DATE_FIELDS = { inForceDate: "inForceDate", decisionDate: "inForceDate", mciDate: "inForceDate", committed: "offense" };

/** The question an error's field belongs to: its own, or the one its date is asked in. */
export const questionOf = (field) => DATE_FIELDS[field] ?? field;

/** The inputs an error marks: the wrong parts of a date, else the field, else its first radio. */
function inputsOf(form, { field, parts }) {
  if (parts) return parts.map((part) => form.querySelector(`#${field}-${part}`));
  const input = form.querySelector(`#${field}, #${field}-day`) ?? form.querySelector(`input[name="${field}"]`);
  return input ? [input] : [];
}

/**
 * The page's errors: `show(errors)` says each `{ field, message, parts? }` under its field and
 * all of them in the summary, in the order given; `clear()` takes them all off. `shown` holds
 * the fields whose error is on screen, which then follow the typing.
 */
export function errorDisplay(form, summary, list) {
  const shown = new Set();
  const clear = () => {
    // The usual keystroke: no error shown, nothing to look for.
    if (shown.size === 0 && summary.hidden) return;
    shown.clear();
    if (!summary.hidden) summary.hidden = true;
    for (const slot of form.querySelectorAll(".field-error:not([hidden])")) slot.hidden = true;
    for (const input of form.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
    for (const fieldset of form.querySelectorAll(".has-error")) fieldset.classList.remove("has-error");
  };
  const show = (errors) => {
    clear();
    const items = errors.map((error) => {
      shown.add(error.field);
      const inputs = inputsOf(form, error);
      for (const input of inputs) {
        input.closest("details")?.setAttribute("open", "");
        input.closest("[hidden]")?.removeAttribute("hidden");
        input.setAttribute("aria-invalid", "true");
      }
      inputs[0]?.closest("fieldset")?.classList.add("has-error");
      const slot = form.querySelector(`#${error.field}-error`);
      if (slot) {
        slot.textContent = error.message;
        slot.hidden = false;
      }
      const link = document.createElement("a");
      link.href = `#${inputs[0]?.id ?? ""}`;
      link.textContent = error.message;
      link.addEventListener("click", (event) => {
        event.preventDefault();
        inputs[0]?.focus();
      });
      const item = document.createElement("li");
      item.append(link);
      return item;
    });
    list.replaceChildren(...items);
    summary.hidden = false;
  };
  return { show, clear, shown };
}
