// Issue 3: at least 50,000 single diagnoses per second, and at most 100 ms to diagnose a
// 2,000-client portfolio (one case per client, 10 mandates each). Medians of several rounds after
// a warm-up, in CPU time of this process (wall-clock time is reported too), each round followed
// or preceded by a sample of the CPU calibration (bench/calibration.ts), the budgets' baseline.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Case, Mandate } from '../src/core/contract/case.ts'
import { diagnose, parseCase } from '../src/core/diagnosis/index.ts'
import { median, type Budget } from './budget.ts'
import { calibratedRounds, calibrationBaseline, timed } from './calibration.ts'
import { validBusinessIdFrom } from '../test/unit/portfolio/helpers.ts'

/** The scenario cases: a realistic mix of findings, languages and chains. */
function scenarioCases(): Case[] {
  const dir = join(import.meta.dirname, '../test/scenarios')
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const parsed = parseCase((JSON.parse(readFileSync(join(dir, file), 'utf8')) as { case: unknown }).case)
    if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.join('; ')}`)
    return parsed.case
  })
}

/** Valid Y-tunnukset (the published check-digit rule, as the portfolio tests make them). */
const businessIds = (count: number): string[] => Array.from({ length: count }, (_, i) => validBusinessIdFrom(1_000_000 + i * 7))

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

const fmt = (values: number[]) => values.map((v) => v.toFixed(1)).join(', ')

export const budgets: Budget[] = [
  {
    name: 'single diagnoses per second',
    issue: 3,
    unit: '/s',
    kind: 'min',
    limit: 50_000,
    scale: 'baseline',
    async measure() {
      const cases = scenarioCases()
      const repeat = 20 // 20 passes over the scenarios per round
      const n = cases.length * repeat
      const { work, calibration } = await calibratedRounds(11, 5, () => { for (let r = 0; r < repeat; r++) for (const c of cases) diagnose(c) })
      const perSecond = (ms: number) => (n / ms) * 1000
      const cpu = work.map((t) => t.cpu)
      const wall = work.map((t) => t.wall)
      return {
        value: perSecond(median(cpu)),
        baseline: calibrationBaseline(calibration, 'rate'),
        detail: `${n} diagnoses of the ${cases.length} scenario cases per round, 11 rounds after 5 warm-up rounds; per CPU second (median) ${Math.round(perSecond(median(cpu)))}, per wall-clock second median ${Math.round(perSecond(median(wall)))} / best ${Math.round(perSecond(Math.min(...wall)))}`,
      }
    },
  },
  {
    name: 'diagnose a 2,000-client portfolio',
    issue: 3,
    unit: 'ms',
    kind: 'max',
    limit: 100,
    scale: 'baseline',
    async measure() {
      const cases = portfolio(2000)
      const { work, calibration } = await calibratedRounds(9, 3, () => { for (const c of cases) diagnose(c) })
      const cpu = work.map((t) => t.cpu)
      const fresh = portfolio(2000)
      const first = timed(() => { for (const c of fresh) diagnose(c) })
      return {
        value: median(cpu),
        baseline: calibrationBaseline(calibration),
        detail: `2,000 cases x 10 mandates; CPU ms per run: ${fmt(cpu)}; wall ms: ${fmt(work.map((t) => t.wall))}; a fresh portfolio after warm-up: ${first.cpu.toFixed(1)} ms CPU, ${first.wall.toFixed(1)} ms wall`,
      }
    },
  },
]
