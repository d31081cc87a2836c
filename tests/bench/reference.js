// The benchmark reference's script (reference.html), a classic script at the end of the body.
// The MCI in tenge by year (R9; src/rules.md "The MCI"), and the tiers in MCI are the radios' values (R4).
const MCI = { 2024: 3692n, 2025: 3932n, 2026: 4325n };
const form = document.getElementById("questions");
const shown = document.querySelector("[data-testid=amount]");
const group = (digits) => digits.replace(/\B(?=(\d{3})+$)/g, "\u00a0");
const tenge = (tiyn) => `${group(String(tiyn / 100n))}${tiyn % 100n ? `,${String(tiyn % 100n).padStart(2, "0")}` : ""}\u00a0₸`;
const value = (id) => document.getElementById(id).value.trim();
function update() {
  const checked = (name) => form.querySelector(`input[name=${name}]:checked`)?.value;
  const tierMci = BigInt(checked("offense") ?? 0);
  const mci = MCI[value("inForceDate-year")];
  const typed = value("amount").replace(/[\s\u00a0]/g, "").replace(",", ".");
  if (checked("verdict") !== "in_force" || !checked("reporter") || !tierMci || !mci || !/^\d+(\.\d{1,2})?$/.test(typed)) {
    shown.textContent = "";
    return;
  }
  const [whole, fraction = ""] = typed.split(".");
  const amountTiyn = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
  let rewardTiyn = tierMci * mci * 100n;
  if (amountTiyn > 1000n * mci * 100n) {
    // Above 1,000 MCI: 10 %, at most 4,000 MCI (R5), rounded half away from zero to the tiyn (Q7).
    rewardTiyn = (amountTiyn + 5n) / 10n;
    if (rewardTiyn > 4000n * mci * 100n) rewardTiyn = 4000n * mci * 100n;
  }
  shown.textContent = tenge(rewardTiyn);
}
form.addEventListener("input", update);
update();
