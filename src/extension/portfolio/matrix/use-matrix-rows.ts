// The matrix rows for the page: the first screen computed during the render that shows it (so the
// first paint carries verdicts), the rest in short slices between frames, each slice followed by
// one render of what is on screen and the counts. Edits recompute only what they changed.
import { useEffect, useMemo, useState } from 'preact/hooks'
import type { Lang } from '../../../core/contract/ids.ts'
import type { Engine } from '../../../core/portfolio/matrix/matrix.ts'
import type { Portfolio } from '../../../core/portfolio/model.ts'
import { byName, RowComputer, type RowsSnapshot } from './row-computer.ts'

/** Time for one slice of work between frames; a frame is 16 ms. */
const SLICE_MS = 10
/** Rows computed before the first paint: a screen and a half of the default (by name) order. */
const FIRST_ROWS = 24

export const MATRIX_COMPLETE_MARK = 'valtuusapu:portfolio-matrix-complete'

export function useMatrixRows(portfolio: Portfolio, now: Date, lang: Lang, engine: Engine): RowsSnapshot {
  const computer = useMemo(() => new RowComputer(engine), [engine])
  const order = useMemo(() => byName(portfolio.clients, lang), [portfolio.clients, lang])
  const [tick, setTick] = useState(0)
  const snapshot = useMemo(() => {
    computer.compute(portfolio, order, now, lang, () => false, FIRST_ROWS)
    // Rows come in name order: the matrix's default sort then finds them sorted.
    return computer.snapshot(portfolio, now, order)
  }, [computer, portfolio, order, now, tick])

  useEffect(() => {
    if (snapshot.pending.size === 0) {
      if (portfolio.clients.length > 0 && performance.getEntriesByName(MATRIX_COMPLETE_MARK).length === 0) performance.mark(MATRIX_COMPLETE_MARK)
      return
    }
    const timer = setTimeout(() => {
      const until = performance.now() + SLICE_MS
      computer.compute(portfolio, order, now, lang, () => performance.now() < until)
      setTick((n) => n + 1)
    }, 0)
    return () => clearTimeout(timer)
  }, [snapshot])
  return snapshot
}
