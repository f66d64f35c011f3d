// A performance budget and its measurement. Each bench/*.bench.ts exports `budgets`; bench/run.ts
// measures them all and prints one table.
//
// Timing depends on how busy the machine is, so a timing budget is judged as a ratio to a
// baseline measured in the same run, interleaved with the measurement (issue 7): the measured
// value scaled by reference / baseline, where `reference` is the baseline's median on this
// machine kind when quiet (each bench file says when and how it measured it). On a quiet machine
// the normalised value is the raw value; on a machine twice as slow both the value and the
// baseline double and the normalised value stays. The table prints the raw value, the baseline,
// the normalised value and the verdict. Sizes (KB), shares (%) and ratios measured within the
// run (page load with / without the extension) are judged as they are.

export interface Baseline {
  /** What the baseline measures, e.g. "the same page with an empty list". */
  what: string
  /**
   * Its value in this run, measured interleaved with the measurement, in a unit that moves with
   * the measurement when the machine is slower: a time for a time, a rate for a rate.
   */
  value: number
  unit: string
  /** The baseline's median on this machine kind when quiet (a constant in the bench file). */
  reference: number
}

export interface Measurement {
  /** The measured value, in the budget's `unit`. */
  value: number
  /** Required when the budget's scale is `baseline`, absent when it is `absolute`. */
  baseline?: Baseline
  /** Extra facts worth printing (sample counts, spread, raw numbers). */
  detail?: string
}

export interface Budget {
  /** Short name, as the issues call it. */
  name: string
  /** The issue that set the budget, e.g. 3. */
  issue: number
  unit: string
  /** `max`: value must be at most `limit`; `min`: at least. */
  kind: 'max' | 'min'
  limit: number
  /**
   * `baseline`: a timing, judged scaled by reference / baseline (see `normalise`);
   * `absolute`: judged as measured (sizes, shares, ratios measured within the run).
   */
  scale: 'baseline' | 'absolute'
  measure(): Promise<Measurement>
}

export type Verdict = 'ok' | 'over' | 'over-by-20%'

/** ok within the limit; `over` past it; `over-by-20%` past it by more than a fifth (fails CI). */
export function verdictOf(budget: Pick<Budget, 'kind' | 'limit'>, value: number): Verdict {
  const within = budget.kind === 'max' ? value <= budget.limit : value >= budget.limit
  if (within) return 'ok'
  const tolerated = budget.kind === 'max' ? value <= budget.limit * 1.2 : value >= budget.limit / 1.2
  return tolerated ? 'over' : 'over-by-20%'
}

/** The value as it would be on the quiet reference machine: value x reference / baseline. */
export function normalise(measurement: Measurement): number {
  const { value, baseline } = measurement
  return baseline ? (value * baseline.reference) / baseline.value : value
}

export interface Judgement {
  /** The value the verdict compares with the limit (the raw value for `absolute` budgets). */
  normalised: number
  verdict: Verdict | 'error'
  /** Why the verdict is `error`. */
  problem?: string
}

/** The verdict on one measurement; `error` when it cannot be judged honestly (fails CI). */
export function judge(budget: Pick<Budget, 'kind' | 'limit' | 'scale'>, measurement: Measurement): Judgement {
  const { value, baseline } = measurement
  const error = (problem: string): Judgement => ({ normalised: NaN, verdict: 'error', problem })
  if (!Number.isFinite(value)) return error(`no finite value (${value})`)
  if (budget.scale === 'baseline') {
    if (!baseline) return error('a timing budget without a baseline measured in the same run')
    if (!(baseline.value > 0 && Number.isFinite(baseline.value))) return error(`baseline ${baseline.value} is not a positive number`)
    if (!(baseline.reference > 0 && Number.isFinite(baseline.reference))) return error(`reference ${baseline.reference} is not a positive number`)
  } else if (baseline) {
    return error('an absolute budget with a baseline: declare scale "baseline"')
  }
  const normalised = normalise(measurement)
  return { normalised, verdict: verdictOf(budget, normalised) }
}

/** Median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * Measurement and baseline runs alternated, `rounds` of each after `warmUp` rounds that are
 * dropped, so a change of the machine's load hits both. The order flips every round, so neither
 * always runs right after the other (garbage left by one is collected in either).
 */
export async function interleaved<T, B>(rounds: number, warmUp: number, measure: (round: number) => Promise<T> | T, baseline: (round: number) => Promise<B> | B): Promise<{ values: T[]; baselines: B[] }> {
  const values: T[] = []
  const baselines: B[] = []
  for (let i = 0; i < warmUp + rounds; i++) {
    let value: T
    let base: B
    if (i % 2 === 0) {
      value = await measure(i)
      base = await baseline(i)
    } else {
      base = await baseline(i)
      value = await measure(i)
    }
    if (i >= warmUp) {
      values.push(value)
      baselines.push(base)
    }
  }
  return { values, baselines }
}
