// An embedder's TypeScript, checked by `tsc --noEmit` in the test run (tests/run.sh) against the
// declarations the build writes beside syiaqy.js: the contract's names and unions must hold.
import init, { estimate, explain, parseAmount, limits, vocabulary, readVerdictLine } from "syiaqy";
import type { Answers, Estimate, Status, Step, SyiaqyError, ErrorCode, ArticleKind, VerdictLineReading } from "syiaqy";

await init();

const answers: Answers = { verdict: "in_force", inForceDate: "2025-03-01", reporter: "citizen", offense: "grave", amount: 5_000_000 };
const result: Estimate = estimate(answers);
const headline: Record<Status, string> = {
  eligible: "A reward is due",
  non_monetary_likely: "Likely a certificate",
  not_yet: "Not yet",
  not_eligible: "No reward",
};
console.log(headline[result.status], result.reward.minTenge, result.mci?.value.tenge);
// R14: a verdict of last year may be paid at this year's MCI.
if (result.ifDecidedToday) console.log(result.ifDecidedToday.year, result.ifDecidedToday.reward.minTenge);
console.log(estimate({ ...answers, amount: "above_threshold" }).limitsInTenge?.threshold);

for (const step of explain(answers) as Step[]) {
  if (step.step === "threshold") console.log(step.amountMci, step.above);
}

try {
  parseAmount("0,500");
} catch (error) {
  const { code, field } = error as SyiaqyError;
  const retry: ErrorCode[] = ["ambiguous", "too_many_decimals"];
  if (retry.includes(code)) console.log(field);
}

console.log(limits().tiers.map((tier) => `${tier.offense}: ${tier.mci}`), vocabulary().error.length);

const reading: VerdictLineReading = readVerdictLine({ line: "ч.3 ст.24, п.2 ч.3 ст.190 УК РК", committed: "2024-05-01" });
const how: Partial<Record<ArticleKind, string>> = { attempt: "attempted", preparation: "prepared", complicity: "with accomplices" };
for (const article of reading.articles) {
  const standsWith = article.standsWith === null ? null : reading.articles[article.standsWith];
  console.log(article.code, article.article, article.part ?? "", how[article.kind] ?? "", standsWith?.article, article.finding);
}
if (reading.finding === "corruption") console.log(reading.min, reading.caveats.includes("A5"));
console.log(limits().maxLineLength);

// @ts-expect-error: "guilty" is not a verdict of the contract.
estimate({ verdict: "guilty" });
