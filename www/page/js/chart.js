// The reward against the amount for the chosen case and date: an inline SVG on log-log
// scales (the tier step, the jump above 1,000 MCI, the 10 % slope, the cap from 40,000 MCI),
// with the user's case marked, and the same figures as a table for screen readers.
// Coordinates use Numbers: they place pixels, they are never shown as money. The chart is
// drawn at the width it is given, one unit a CSS pixel, so its text keeps the size the style
// gives it (13 px) on a 360 px phone as on a desktop.
import { element, svgElement } from "./dom.js";

const HEIGHT = 344, LEFT = 56, RIGHT = 30, TOP = 52, BOTTOM = 48;
/** Narrower than this, the axes' labels would run into each other: the chart scales down. */
const MIN_WIDTH = 300;
/** About the width of one character of the chart's bold 13 px text, to keep a label inside. */
const CHARACTER_WIDTH = 8;
/** @type {[number, number]} */
const X_RANGE = [100, 100_000]; // amount, MCI
/** @type {[number, number]} */
const Y_RANGE = [10, 10_000]; // reward, MCI
/**
 * Amounts where the line is sampled and the table is drawn, from the engine's R5 numbers:
 * the threshold, one tenge above it, and where 10 % reaches the cap. Each is `{ mci,
 * oneTengeMore }`: a whole number of MCI, plus one tenge when it marks the step over.
 */
function samples({ thresholdMci, capReachedAtMci }) {
  const at = (mci, oneTengeMore = false) => ({ mci, oneTengeMore });
  return {
    line: [at(X_RANGE[0]), at(thresholdMci), at(thresholdMci, true), at(capReachedAtMci), at(X_RANGE[1])],
    table: [at(thresholdMci / 2), at(thresholdMci), at(thresholdMci, true), at(thresholdMci * 5), at(capReachedAtMci), at(X_RANGE[1])],
    thresholdMci,
    capReachedAtMci,
  };
}

const logPosition = (value, [low, high], [from, to]) =>
  from + ((Math.log10(Math.min(Math.max(value, low), high)) - Math.log10(low)) / (Math.log10(high) - Math.log10(low))) * (to - from);
const y = (mci) => logPosition(mci, Y_RANGE, [HEIGHT - BOTTOM, TOP]);

/** The tenge amount of a sample, exactly, as the decimal string the engine reads. */
function sampleAmount({ mci, oneTengeMore }, mciTenge) {
  return `${BigInt(mci) * BigInt(mciTenge) + (oneTengeMore ? 1n : 0n)}.00`;
}

/**
 * The chart of this case (`result`, its working `steps`) against the amount, `width` CSS
 * pixels wide; `rewardAt(amount)` computes the case at another amount.
 */
export function chart(result, steps, text, rewardAt, limits, width) {
  const { t, number, tenge } = text;
  const chartWidth = Math.max(MIN_WIDTH, Math.round(width) || 0);
  const x = (mci) => logPosition(mci, X_RANGE, [LEFT, chartWidth - RIGHT]);
  const mciTenge = result.mci.value.tenge;
  const percentageBranch = result.regime.percentageBranch;
  const description = t(percentageBranch ? "chart.description" : "chart.description.tiers_only");
  const at = samples(limits);
  const points = at.line.map((sample) => {
    const amount = sampleAmount(sample, mciTenge);
    const { reward } = rewardAt(amount);
    return { amountMci: sample.mci + (sample.oneTengeMore ? 1e-6 : 0), low: Number(reward.minMci), high: Number(reward.maxMci) };
  });
  const path = (key) => points.map((point, index) => `${index ? "L" : "M"}${x(point.amountMci).toFixed(1)},${y(point[key]).toFixed(1)}`).join(" ");

  const titleId = "chart-title", descriptionId = "chart-description";
  const axisTicks = [100, 1000, 10_000, 100_000];
  const rewardTicks = [10, 100, 1000, 10_000];
  const figure = svgElement("svg", { viewBox: `0 0 ${chartWidth} ${HEIGHT}`, width: chartWidth, height: HEIGHT, role: "img", "aria-labelledby": `${titleId} ${descriptionId}`, class: "chart" }, [
    svgElement("title", { id: titleId }, [t("chart.heading")]),
    svgElement("desc", { id: descriptionId }, [description]),
    ...axisTicks.map((tick) => svgElement("g", { class: "tick" }, [
      svgElement("line", { x1: x(tick), x2: x(tick), y1: TOP, y2: HEIGHT - BOTTOM }),
      svgElement("text", { x: x(tick), y: HEIGHT - BOTTOM + 16, "text-anchor": "middle" }, [number(String(tick))]),
    ])),
    ...rewardTicks.map((tick) => svgElement("g", { class: "tick" }, [
      svgElement("line", { x1: LEFT, x2: chartWidth - RIGHT, y1: y(tick), y2: y(tick) }),
      svgElement("text", { x: LEFT - 6, y: y(tick) + 4, "text-anchor": "end" }, [number(String(tick))]),
    ])),
    svgElement("text", { x: (LEFT + chartWidth - RIGHT) / 2, y: HEIGHT - 8, "text-anchor": "middle", class: "axis-label" }, [t("chart.x")]),
    svgElement("text", { x: 8, y: 13, class: "axis-label" }, [t("chart.y")]),
    // The 10 % branch and its cap exist only under the Rules that have them (R5): before 2020
    // the line is flat at the tier, and markers there would point at nothing.
    ...(percentageBranch ? [
      svgElement("line", { class: "marker-line", x1: x(at.thresholdMci), x2: x(at.thresholdMci), y1: TOP, y2: HEIGHT - BOTTOM }),
      // The two marker labels on two rows below the axis's: in Russian they are together wider
      // than the gap.
      svgElement("text", { class: "marker-label", x: x(at.thresholdMci) + 4, y: TOP - 24 }, [t("chart.threshold")]),
      svgElement("line", { class: "marker-line", x1: x(at.capReachedAtMci), x2: x(at.capReachedAtMci), y1: TOP, y2: HEIGHT - BOTTOM }),
      svgElement("text", { class: "marker-label", x: x(at.capReachedAtMci) - 4, y: TOP - 8, "text-anchor": "end" }, [t("chart.cap")]),
    ] : []),
    svgElement("path", { class: "reward-line", d: path("high") }),
    ...(points.some((point) => point.low !== point.high) ? [svgElement("path", { class: "reward-line low", d: path("low") })] : []),
  ]);

  const threshold = steps.find((step) => step.step === "threshold");
  if (threshold) {
    const cx = x(Number(threshold.amountMci)), cy = y(Number(result.reward.minMci));
    const label = t("chart.you");
    // Right of the mark where it fits, else left of it: never cut at the chart's edge.
    const fitsRight = cx + 10 + label.length * CHARACTER_WIDTH <= chartWidth;
    figure.append(
      svgElement("path", { class: "you", d: `M${cx},${cy - 8} L${cx + 8},${cy} L${cx},${cy + 8} L${cx - 8},${cy} Z` }),
      svgElement("text", { class: "you-label", x: fitsRight ? cx + 10 : cx - 10, y: cy - 10, "text-anchor": fitsRight ? "start" : "end" }, [label]),
    );
  }

  const rows = at.table.map((sample) => {
    const amount = sampleAmount(sample, mciTenge);
    const mci = t("reward.mci", { mci: number(String(sample.mci)) });
    // The step over the threshold is one tenge above it: said in words, in the page's notation.
    const shown = sample.oneTengeMore ? t("chart.table.just_above", { amount: tenge(amount), mci }) : `${tenge(amount)} (${mci})`;
    return element("tr", {}, [
      element("td", {}, [shown]),
      element("td", {}, [text.rewardTenge(rewardAt(amount).reward)]),
    ]);
  });
  const table = element("table", { class: "chart-table" }, [
    element("caption", {}, [t("chart.table.caption")]),
    element("thead", {}, [element("tr", {}, [element("th", { scope: "col" }, [t("chart.table.amount")]), element("th", { scope: "col" }, [t("chart.table.reward")])])]),
    element("tbody", {}, rows),
  ]);
  return [element("p", {}, [description]), element("figure", {}, [figure]), table];
}
