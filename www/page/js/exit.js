// "Exit this page": for someone who must hide what they are reading, at once. It clears the
// answers, then replaces this page in the history with a neutral one, so Back does not
// return to it. Shift pressed three times within a second does the same.
const NEUTRAL_PAGE = "https://www.google.kz/";
const PRESSES = 3;
const WITHIN_MS = 1000;

function exitPage(form) {
  form.reset();
  document.body.replaceChildren();
  location.replace(NEUTRAL_PAGE);
}

export function installExit(button, form) {
  button.closest(".exit").hidden = false;
  button.addEventListener("click", () => exitPage(form));
  let presses = [];
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Shift" || event.repeat) return;
    const now = event.timeStamp;
    presses = [...presses.filter((time) => now - time < WITHIN_MS), now];
    if (presses.length >= PRESSES) exitPage(form);
  });
}
