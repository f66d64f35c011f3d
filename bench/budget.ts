// A performance budget and its measurement. Each bench/*.bench.ts exports `budgets`; bench/run.ts
// measures them all and prints one table. Timing that depends on the machine's load is stated
// as a ratio to a baseline measured in the same run where the issue asks for it.

export interface Measurement {
  /** The measured value, in `unit`. */
  value: number
  /** Extra facts worth printing (sample counts, the baseline, raw numbers). */
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

/** Median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
