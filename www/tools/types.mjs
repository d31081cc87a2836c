// The TypeScript declarations of the JS contract (www/docs/contract.md), written beside
// syiaqy.js by the build. Every list of identifiers (choices, statuses, branches, caveats,
// rules, error codes, fields, regimes) is read from the engine itself, so the declarations
// cannot fall behind it; the shapes follow src/estimate.rs and src/steps.rs.

/** `"a" | "b"` from a list of identifiers. */
/** The codes of errors no answer is at fault for: their `field` is null (src/error.rs). */
const MODULE_ERRORS = ["reentered", "engine_failed"];
const union = (values) => values.map((value) => JSON.stringify(value)).join(" | ");

/** The declarations, from the engine's `choices()`, `vocabulary()` and `regimes()`. */
export function declarations({ choices, vocabulary, regimes }) {
  const missing = MODULE_ERRORS.filter((code) => !vocabulary.error.includes(code));
  if (missing.length) throw new Error(`the engine has no error ${missing}: see src/error.rs`);
  return `// The JS contract of syiaqy (www/docs/contract.md). Written by www/tools/types.mjs
// from the engine's own lists: edit the engine, not this file.

/** A decimal number as a string, exact: "275240.00", "127.16", "70". */
export type DecimalString = string;
/** A day as "YYYY-MM-DD". */
export type IsoDate = string;

export type Verdict = ${union(choices.verdict)};
export type Reporter = ${union(choices.reporter)};
export type Offense = ${union(choices.offense)};
export type Status = ${union(vocabulary.status)};
export type Branch = ${union(vocabulary.branch)};
export type Caveat = ${union(vocabulary.caveat)};
export type Rule = ${union(vocabulary.rule)};
export type ErrorCode = ${union(vocabulary.error)};
export type Field = ${union(vocabulary.field)};
export type RegimeId = ${union(regimes.map((regime) => regime.id))};
export type Code = ${union(vocabulary.code)};
export type Finding = ${union(vocabulary.finding)};
export type ArticleCaveat = ${union(vocabulary.articleCaveat)};
export type ArticleKind = ${union(vocabulary.articleKind)};
export type Confidence = "confirmed" | "partly" | "unconfirmed";

/** What \`estimate()\` and \`explain()\` read; every property is optional to the type system, the engine says which is missing. */
export interface Answers {
  verdict?: Verdict;
  reporter?: Reporter;
  offense?: Offense;
  /**
   * Tenge as typed ("5 000 000,50", "3,45 млн"), a whole number, "none", "unknown", or only
   * the side of 1,000 MCI (R15): "at_most_threshold" or "above_threshold".
   */
  amount?: string | number;
  /** For a verdict in force: the day it entered into legal force (R14). No default. */
  inForceDate?: IsoDate;
  /** The day the reward was decided, when known: replaces inForceDate (R14). */
  decisionDate?: IsoDate;
  /** Default: the decision date. */
  mciDate?: IsoDate;
  /** Default: today by the device's clock. */
  today?: IsoDate;
}

export interface Reward {
  minMci: DecimalString;
  maxMci: DecimalString;
  minTenge: DecimalString;
  maxTenge: DecimalString;
}

export interface RegimeInfo {
  id: RegimeId;
  inForceFrom: IsoDate;
  inForceUntil?: IsoDate;
  percentageBranch: boolean;
}

export interface MciValue {
  effectiveFrom: IsoDate;
  /** Whole tenge. */
  tenge: DecimalString;
  confidence: Confidence;
}

export interface MciLookup {
  date: IsoDate;
  value: MciValue;
  /** Set when the date is past the table: the last known year's value was used. */
  latestKnownYear?: number;
}

export interface Estimate {
  status: Status;
  reward: Reward;
  branch: Branch;
  /** null after an acquittal. */
  regime: RegimeInfo | null;
  /** null after an acquittal. */
  mci: MciLookup | null;
  /** R5's threshold and cap in tenge at the MCI used; null after an acquittal. */
  limitsInTenge: { threshold: DecimalString; cap: DecimalString } | null;
  /** R14: the answer if the reward is decided today, when the verdict entered into force last year and that differs. */
  ifDecidedToday: { year: number; reward: Reward; branch: Branch } | null;
  caveats: Caveat[];
}

/** One line of the working (\`explain()\`): the rule it applies, what it did, its numbers. */
export type Step = { rule: Rule } & (
  | { step: "verdict"; verdict: Verdict }
  | { step: "reporter"; reporter: Reporter }
  | { step: "regime"; decisionDate: IsoDate; regime: RegimeInfo }
  | { step: "mci"; date: IsoDate; value: MciValue; latestKnownYear?: number; chosenByUser: boolean }
  | { step: "tier"; offense: Offense; minMci: number; maxMci: number }
  | { step: "no_bribe_or_damage" }
  | { step: "amount_not_used" }
  | { step: "unknown_amount"; minMci: number; maxMci: number }
  | { step: "at_most_threshold"; thresholdMci: number; thresholdTenge: DecimalString }
  | { step: "above_threshold"; thresholdMci: number; thresholdTenge: DecimalString; percent: number; moreThanMci: number; capMci: number }
  | { step: "threshold"; amountTenge: DecimalString; amountMci: DecimalString; thresholdMci: number; thresholdTenge: DecimalString; above: boolean }
  | { step: "percentage"; amountTenge: DecimalString; percent: number; exactTenge: DecimalString }
  | { step: "cap"; exactTenge: DecimalString; capMci: number; capTenge: DecimalString; applied: boolean }
  | { step: "rounding"; exactTenge: DecimalString; roundedTenge: DecimalString }
  | { step: "to_tenge"; minMci: DecimalString; maxMci: DecimalString; mciTenge: number; minTenge: DecimalString; maxTenge: DecimalString }
  | { step: "mci_equivalent"; tenge: DecimalString; mciTenge: number; mci: DecimalString }
);

/** What every export throws: for input it cannot use, with the answer to correct… */
export type SyiaqyError = AnswerError | ModuleError;
export interface AnswerError extends Error {
  code: Exclude<ErrorCode, ModuleErrorCode>;
  /** The answer to correct. */
  field: Field;
}
/** …or, with no answer at fault, for a call made from inside another, or failed inside the module (which starts afresh). */
export type ModuleErrorCode = ${union(MODULE_ERRORS)};
export interface ModuleError extends Error {
  code: ModuleErrorCode;
  field: null;
}

export interface Choices {
  verdict: Verdict[];
  reporter: Reporter[];
  offense: Offense[];
}

/** What \`classifyArticle()\` reads: the article as the verdict names it. */
export interface ArticleQuery {
  code?: Code;
  /** "366", "218-1". */
  article?: string;
  /** "3", "1-1". */
  part?: string;
  /** Asked when the point decides (finding "depends_on_point"). */
  point?: string | number;
  /** The day the offense was committed, when known. */
  committed?: IsoDate;
}

/** The likely category: min and max differ only when the offense date decides and is not known. */
export interface ArticleAnswer {
  finding: Finding;
  min: Offense | null;
  max: Offense | null;
  caveats: ArticleCaveat[];
}

/** What \`readVerdictLine()\` reads: the line of the verdict as pasted. */
export interface VerdictLineQuery {
  /** "ч.3 ст.24, п.2 ч.3 ст.190 УК РК", "ҚР ҚК-нің 366-бабы 4-бөлігі", "Article 367(2) of the Criminal Code"; at most \`limits().maxLineLength\` characters. */
  line?: string;
  /** The day the offense was committed, when known. */
  committed?: IsoDate;
}

/** One article the line names, as written there, and what \`classifyArticle()\` says of it. */
export interface ReadArticle extends ArticleAnswer {
  code: Code;
  article: string;
  part: string | null;
  point: string | null;
  kind: ArticleKind;
  /** For a General Part article: the index in \`articles\` of the article of the offense it stands with. */
  standsWith: number | null;
}

/** The articles in the line's order, and the finding for the whole verdict (the most serious corruption category; caveat "A5" when it names several offenses). */
export interface VerdictLineReading extends ArticleAnswer {
  articles: ReadArticle[];
}

export interface Vocabulary {
  status: Status[];
  branch: Branch[];
  caveat: Caveat[];
  rule: Rule[];
  error: ErrorCode[];
  field: Field[];
  code: Code[];
  finding: Finding[];
  articleCaveat: ArticleCaveat[];
  articleKind: ArticleKind[];
}

export interface Limits {
  /** R4: the fixed reward of each case with a tier of its own. */
  tiers: { offense: Offense; mci: number }[];
  thresholdMci: number;
  percentage: number;
  capMci: number;
  capReachedAtMci: number;
  /** The longest text an answer may be; longer is refused with too_long. */
  maxAnswerLength: number;
  /** The longest line \`readVerdictLine()\` reads. */
  maxLineLength: number;
}

/** The answer alone; throws a SyiaqyError. */
export function estimate(answers: Answers): Estimate;
/** The working of the same answers; throws the same errors. */
export function explain(answers: Answers): Step[];
/** Whether a verdict's article is a corruption offense, and its likely category; throws a SyiaqyError. */
export function classifyArticle(query: ArticleQuery): ArticleAnswer;
/** The articles a pasted line of a verdict names, each classified, and the verdict's finding; throws a SyiaqyError (\`no_article_found\` for the field \`line\`). */
export function readVerdictLine(query: VerdictLineQuery): VerdictLineReading;
/** The amount as the engine reads it ("3,45 млн" → "3450000.00"); throws a SyiaqyError. */
export function parseAmount(text: string): DecimalString;
export function choices(): Choices;
export function vocabulary(): Vocabulary;
export function limits(): Limits;
export function mciTable(): MciValue[];
export function regimes(): RegimeInfo[];

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;
/** Each module's instance's own exports (its memory, its table of JS values). */
export interface Instances { calculator: unknown; reader: unknown }
/** Loads the engine's two modules; by default calculator_bg.wasm and reader_bg.wasm beside syiaqy.js. */
export default function init(modules?: { calculator?: InitInput | Promise<InitInput>; reader?: InitInput | Promise<InitInput> }): Promise<Instances>;
/** Loads the engine's two modules from their bytes, synchronously (Node, tests); with no argument, the instances made. */
export function initSync(modules?: { calculator: BufferSource | WebAssembly.Module; reader: BufferSource | WebAssembly.Module }): Instances;
`;
}
