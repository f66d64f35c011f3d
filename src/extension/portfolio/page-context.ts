// What every part of the portfolio page shares: the stored list, the clock, the browser, the
// engine, saving (with one visible save state) and the selected client.
import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { Case } from '../../core/contract/case.ts'
import type { Result } from '../../core/contract/result.ts'
import type { Portfolio } from '../../core/portfolio/model.ts'
import type { PortfolioEnv } from './env.ts'
import type { EditOutcome, SaveResult, StoreState } from './storage/portfolio-store.ts'

export interface PageApi {
  state: StoreState
  /** The page's clock, read when the list last changed (fixed in tests and screenshots). */
  now: Date
  env: PortfolioEnv
  /**
   * A diagnosis handed in by tests, for the matrix and a client's details alike. Without one the
   * matrix runs core triage() (verdicts and finding ids, no texts) and a client's details
   * diagnose(), whose texts in three languages come with the later parts.
   */
  engine: ((input: Case) => Result) | undefined
  /** Applies an edit to the newest stored list and saves it; the page shows saving, saved or why not. */
  save<T>(edit: (current: Portfolio) => EditOutcome<T>): Promise<SaveResult<T>>
  selected: string | null
  /** Opens a client's details (null closes them). */
  select(businessId: string | null): void
  /** Says something in the page's polite live region. */
  announce(message: string): void
}

export const PageContext = createContext<PageApi | null>(null)

export function usePage(): PageApi {
  const page = useContext(PageContext)
  if (!page) throw new Error('usePage outside the portfolio page')
  return page
}

/** A core edit result ({ok, portfolio} or {ok: false, error}) as an EditOutcome. */
export function outcome<T>(change: { ok: true; portfolio: Portfolio } | { ok: false; error: string }, value: T): EditOutcome<T> {
  return change.ok ? { ok: true, portfolio: change.portfolio, value } : { ok: false, error: change.error }
}

/** An edit that cannot fail (removing, marking checked). */
export const always = (portfolio: Portfolio): EditOutcome<null> => ({ ok: true, portfolio, value: null })
