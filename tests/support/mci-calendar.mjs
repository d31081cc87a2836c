// Says loudly when the calendar has reached a year the MCI table has no row for. Never fails:
// the calendar alone must not turn the run red (src/rules.md, "The MCI"): the value may not be published
// yet, and the page already says which year's value it used. Run by tests/run.sh.
import engine from "../../www/tools/engine.mjs";

const latest = Number(engine.mciTable().at(-1).effectiveFrom.slice(0, 4));
const year = new Date().getFullYear();
if (year > latest) {
  const line = "!".repeat(78);
  console.log(`${line}
!! WARNING: the MCI table ends in ${latest}, but it is ${year}.
!! Add ${year}'s MCI from its budget law: one row in src/mci.rs (README.md, "Keeping it right").
${line}`);
} else {
  console.log(`The MCI table reaches ${latest}; it is ${year}.`);
}
