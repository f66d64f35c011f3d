// Issue 3: at least 50,000 single diagnoses per second, and at most 100 ms to diagnose a
// 2,000-client portfolio (one case per client, 10 mandates each). Medians of several runs after
// a warm-up, measured on this machine in the same process.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Case, Mandate } from '../src/core/contract/case.ts'
import { diagnose, parseCase } from '../src/core/diagnosis/index.ts'
import { median, type Budget } from './budget.ts'

/** The scenario cases: a realistic mix of findings, languages and chains. */
function scenarioCases(): Case[] {
  const dir = join(import.meta.dirname, '../test/scenarios')
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const parsed = parseCase((JSON.parse(readFileSync(join(dir, file), 'utf8')) as { case: unknown }).case)
    if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.join('; ')}`)
    return parsed.case
  })
}

/** Valid Y-tunnukset: seven digits and the mod-11 check digit (remainder 1 is never issued). */
function businessIds(count: number): string[] {
  const weights = [7, 9, 10, 5, 8, 4, 2]
  const ids: string[] = []
  for (let n = 1_000_000; ids.length < count; n += 7) {
    const digits = String(n).padStart(7, '0')
    const remainder = weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0) % 11
    if (remainder !== 1) ids.push(`${digits}-${remainder === 0 ? 0 : 11 - remainder}`)
  }
  return ids
}

const APPLY = 'Palvelussuhteeseen liittyvien etuuksien hakeminen'
const PAY = 'Palvelussuhteeseen liittyvien etuusmaksutietojen katselu'

/** An accounting firm's portfolio: per client the firm's mandates as its accountant sees them. */
export function portfolio(clients: number): Case[] {
  const ids = businessIds(clients + 1)
  const firm = ids[clients]!
  return ids.slice(0, clients).map((client, i) => {
    const mandates: Mandate[] = [
      { holder: 'my-organisation', mandator: client, type: 'asiointivaltuus', themes: [APPLY, PAY], validUntil: i % 7 === 0 ? '2026-03-20' : '2029-12-31' },
      { holder: 'me', mandator: firm, type: i % 11 === 0 ? 'asiointivaltuus' : 'edustamisvaltuus', themes: [APPLY, PAY], restrictions: { businessIds: ids.slice(Math.max(0, i - 20), i + 20) } },
    ]
    for (let k = 0; mandates.length < 10; k++) {
      const other = ids[(i + 37 * (k + 1)) % clients]!
      mandates.push({ holder: 'my-organisation', mandator: other, type: 'asiointivaltuus', themes: [k % 3 === 0 ? 'Palkkatietojen ilmoittaminen' : APPLY], validUntil: '2028-06-30' })
    }
    return {
      version: 1, now: '2026-03-02T09:00:00+02:00', lang: (['fi', 'sv', 'en'] as const)[i % 3], service: 'employer', task: APPLY,
      user: { identification: 'strong', identityCode: 'finnish', registerRole: 'none' },
      actingFor: 'client', organisation: { businessId: firm, type: 'company' }, client: { businessId: client }, mandates,
    }
  })
}

function perSecond(cases: Case[]): number {
  let count = 0
  const started = performance.now()
  let elapsed = 0
  while (elapsed < 400) {
    for (const c of cases) diagnose(c)
    count += cases.length
    elapsed = performance.now() - started
  }
  return (count / elapsed) * 1000
}

function portfolioMs(cases: Case[]): number {
  const started = performance.now()
  for (const c of cases) diagnose(c)
  return performance.now() - started
}

export const budgets: Budget[] = [
  {
    name: 'single diagnoses per second',
    issue: 3,
    unit: '/s',
    kind: 'min',
    limit: 50_000,
    async measure() {
      const cases = scenarioCases()
      perSecond(cases) // warm-up
      const runs = Array.from({ length: 5 }, () => perSecond(cases))
      return { value: median(runs), detail: `median of 5 runs of 400 ms over ${cases.length} scenario cases; runs: ${runs.map((r) => Math.round(r)).join(', ')}` }
    },
  },
  {
    name: 'diagnose a 2,000-client portfolio',
    issue: 3,
    unit: 'ms',
    kind: 'max',
    limit: 100,
    async measure() {
      const cases = portfolio(2000)
      for (let i = 0; i < 3; i++) portfolioMs(cases) // warm-up
      const runs = Array.from({ length: 9 }, () => portfolioMs(cases))
      const first = portfolioMs(portfolio(2000))
      return { value: median(runs), detail: `2,000 cases x 10 mandates; median of 9 warm runs: ${runs.map((r) => r.toFixed(1)).join(', ')} ms; a fresh portfolio after warm-up: ${first.toFixed(1)} ms` }
    },
  },
]
