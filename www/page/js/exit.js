// "Exit this page": for someone who must hide what they are reading, at once. It clears the
// answers, then replaces this page in the history with a neutral one, so Back does not
// return to it; framed in another site's page, it leaves that page too. Shift pressed on its
// own three times within a few seconds does the same, as GOV.UK's "Exit this page" counts it:
// Shift+Tab (moving back through the fields) and typed capitals are not presses.
const NEUTRAL_PAGE = "https://www.google.kz/";
const PRESSES = 3;
const WITHIN_MS = 5000;

function exitPage(form) {
  form.reset();
  document.body.replaceChildren();
  // In a frame: the page around it too. The browser allows a frame to navigate another
  // site's page only with the person's activation (the click, or the key presses); where it
  // refuses, the frame at least leaves.
  if (window.top && window.top !== window) {
    try {
      window.top.location.replace(NEUTRAL_PAGE);
    } catch {
      // Refused: the frame's own navigation below still hides the answers.
    }
  }
  location.replace(NEUTRAL_PAGE);
}

/** Whether a modifier other than Shift is held: Alt, AltGraph, Control or Meta. */
function withOtherModifier(event) {
  return event.altKey || event.ctrlKey || event.metaKey || event.getModifierState("AltGraph");
}

/**
 * The exit button and the Shift presses. `announce(remaining)` gives the sentence that tells a
 * screen reader how many presses are left, in the page's language; it is said politely in
 * `status`.
 */
export function installExit(button, form, status, announce) {
  button.closest(".exit").hidden = false;
  button.addEventListener("click", () => exitPage(form));
  let presses = [];
  // A press counts when Shift goes down and up alone: no other key, modifier or click in
  // between, and no modifier held with it. Alt+Shift and Ctrl+Shift are the Windows hotkeys
  // that switch the keyboard layout, pressed all day by people who type Kazakh, Russian and
  // English; whichever of the two keys goes down first, the pair is no press.
  let shiftAlone = false;
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Shift") shiftAlone = false;
    else if (!event.repeat) shiftAlone = !withOtherModifier(event);
  });
  document.addEventListener("pointerdown", () => {
    shiftAlone = false;
  });
  document.addEventListener("keyup", (event) => {
    if (event.key !== "Shift" || !shiftAlone || withOtherModifier(event)) return;
    shiftAlone = false;
    const now = event.timeStamp;
    presses = [...presses.filter((time) => now - time < WITHIN_MS), now];
    if (presses.length >= PRESSES) {
      exitPage(form);
      return;
    }
    status.textContent = announce(PRESSES - presses.length);
  });
}
