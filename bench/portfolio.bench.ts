// Issue 6: a CSV of 10,000 clients imports (decode, parse, validate, preview) in under 2 s; the
// matrix model for 2,000 clients x 3 services builds well inside the page's 200 ms first render;
// search + filter + sort of those rows stays instant; a stored list of 10,000 clients loads fast.
// Each value is the median CPU time of several runs after a warm-up, with the CPU calibration
// (bench/calibration.ts) interleaved as the baseline. The matrix numbers use the diagnosis
// engine (src/core/diagnosis/index.ts). The page itself (bench/portfolio-page.bench.ts) does not
// wait for the whole matrix: it computes the first screen, then the rest between frames.
import { median, type Budget, type Measurement } from './budget.ts'
import { calibratedRounds, calibrationBaseline } from './calibration.ts'
import { previewCsvImport } from '../src/core/portfolio/csv/import.ts'
import { buildMatrix } from '../src/core/portfolio/matrix/matrix.ts'
import { queryMatrix } from '../src/core/portfolio/matrix/query.ts'
import { loadPortfolio, planSave, STORAGE_KEYS } from '../src/core/portfolio/storage.ts'
import type { Client, Portfolio } from '../src/core/portfolio/model.ts'
import { businessIdAt as businessId } from '../test/unit/portfolio/helpers.ts'

const THEME = 'Palvelussuhteeseen liittyvien etuuksien hakeminen'

function clients(count: number): Client[] {
  return Array.from({ length: count }, (_, i) => ({
    businessId: businessId(i),
    name: `Asiakasyritys ${i} "Ääkkönen"; Oy`,
    tags: i % 3 === 0 ? ['palkat'] : [],
    mandates: i % 2 === 0
      ? [{ mandate: { holder: 'my-organisation' as const, mandator: businessId(i), type: 'asiointivaltuus' as const, themes: [THEME], validUntil: `2027-0${1 + (i % 9)}-15` }, source: 'valtuudet-page' as const, recordedOn: '2026-03-01' }]
      : [],
    mandatesCheckedOn: '2026-03-01',
  }))
}

function portfolioOf(count: number): Portfolio {
  const list = clients(count)
  return {
    version: 2,
    firm: {
      businessId: '0913909-2', services: ['employer', 'occupational-health', 'kelmu'],
      // The user's edustamisvaltuus restricted to every client: the worst case for case building.
      ownMandates: [{ mandate: { holder: 'me', mandator: '0913909-2', type: 'edustamisvaltuus', themes: [THEME], restrictions: { businessIds: list.map((c) => c.businessId) } }, source: 'manual', recordedOn: '2026-03-01' }],
    },
    clients: list,
  }
}

/**
 * Median CPU time of `runs` calls of `work` after one warm-up, alternated with samples of the
 * CPU calibration (bench/calibration.ts), the budget's baseline.
 */
async function measure(runs: number, work: () => void): Promise<Measurement> {
  const { work: times, calibration } = await calibratedRounds(runs, 1, work)
  const cpu = times.map((t) => t.cpu)
  const wall = times.map((t) => t.wall)
  return {
    value: median(cpu),
    baseline: calibrationBaseline(calibration),
    detail: `median CPU time of ${runs} runs (min ${Math.min(...cpu).toFixed(1)}, max ${Math.max(...cpu).toFixed(1)} ms; wall median ${median(wall).toFixed(1)} ms)`,
  }
}

export const budgets: Budget[] = [
  {
    name: 'portfolio: CSV import of 10,000 rows (bytes -> preview)',
    issue: 6,
    unit: 'ms',
    kind: 'max',
    scale: 'baseline',
    limit: 2000,
    async measure() {
      // A realistic file: messy Y-tunnukset, quoted names with delimiters, extra columns, some bad rows.
      const lines = ['Asiakasnro;Y-tunnus;Nimi;Osoite;Yhteyshenkilö']
      for (let i = 0; i < 10_000; i++) {
        const id = i % 50 === 0 ? '1234567-0' : i % 7 === 0 ? businessId(i).replace('-', '') : businessId(i)
        lines.push(`${i};${id};"Asiakas ${i}; ""Ääkkönen"" Oy";Katu ${i};Henkilö`)
      }
      const bytes = new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`)
      const stored = clients(500)
      let accepted = 0
      const result = await measure(7, () => {
        const preview = previewCsvImport(bytes, stored)
        accepted = preview.ok ? preview.accepted.length : -1
      })
      return { ...result, detail: `${result.detail}; ${(bytes.length / 1e6).toFixed(2)} MB, ${accepted} accepted` }
    },
  },
  {
    name: 'portfolio: matrix model for 2,000 clients x 3 services',
    issue: 6,
    unit: 'ms',
    kind: 'max',
    scale: 'baseline',
    limit: 100,
    async measure() {
      const portfolio = portfolioOf(2000)
      const now = new Date('2026-03-02T08:00:00Z')
      let cells = 0
      const result = await measure(15, () => {
        cells = buildMatrix(portfolio, { now, lang: 'fi' }).rows.reduce((n, row) => n + row.cells.length, 0)
      })
      return { ...result, detail: `${result.detail}; ${cells} cells; the real diagnosis engine` }
    },
  },
  {
    name: 'portfolio: search + filter + sort of 2,000 matrix rows',
    issue: 6,
    unit: 'ms',
    kind: 'max',
    scale: 'baseline',
    limit: 16,
    async measure() {
      const model = buildMatrix(portfolioOf(2000), { now: new Date('2026-03-02T08:00:00Z'), lang: 'fi' })
      const result = await measure(30, () => {
        queryMatrix(model.rows, { search: 'äkkö', filter: 'all', sort: 'name', lang: 'fi' })
        queryMatrix(model.rows, { search: '1000', filter: 'unknown', sort: 'status' })
      })
      return { ...result, detail: `${result.detail}; two queries per run (one frame is 16 ms)` }
    },
  },
  {
    name: 'portfolio: load a stored list of 10,000 clients (validate)',
    issue: 6,
    unit: 'ms',
    kind: 'max',
    scale: 'baseline',
    limit: 300,
    async measure() {
      const writes = planSave(portfolioOf(10_000), null, new Date())
      const stored = structuredClone({ current: writes[STORAGE_KEYS.current], lastGood: writes[STORAGE_KEYS.lastGood] })
      const size = JSON.stringify(stored.current).length
      const result = await measure(7, () => {
        if (loadPortfolio(stored).source !== 'current') throw new Error('did not load')
      })
      return { ...result, detail: `${result.detail}; ${(size / 1e6).toFixed(2)} MB per copy as JSON` }
    },
  },
]
