// npm run bench [-- [--no-build] [name-filter]]: builds the extension (unless --no-build), measures
// every budget from the issues and prints one table: the measured value, for timing budgets the
// baseline measured in the same run and its quiet reference, the normalised value the verdict
// compares with the limit (bench/budget.ts), and the verdict.
// Writes .reports/bench.json (the rows) and .reports/bench-summary.json (budgets as passed/failed
// for the CI line). Exits 1 when a budget is exceeded by more than 20 %, or cannot be measured.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { judge, type Budget, type Measurement } from './budget.ts'

const args = process.argv.slice(2)
const filter = args.find((arg) => !arg.startsWith('--'))
if (!args.includes('--no-build')) {
  const build = spawnSync('node', ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
const dir = import.meta.dirname
const budgets: Budget[] = []
for (const file of readdirSync(dir).filter((name) => name.endsWith('.bench.ts')).sort()) {
  const module = (await import(pathToFileURL(join(dir, file)).href)) as { budgets: Budget[] }
  budgets.push(...module.budgets)
}

const rows = []
for (const budget of budgets.filter((b) => !filter || b.name.includes(filter))) {
  process.stderr.write(`measuring: ${budget.name}\n`)
  const started = performance.now()
  let measurement: Measurement
  try {
    measurement = await budget.measure()
  } catch (error) {
    measurement = { value: NaN, detail: String(error) }
  }
  const { normalised, verdict, problem } = judge(budget, measurement)
  const seconds = (performance.now() - started) / 1000
  rows.push({
    issue: budget.issue, name: budget.name, unit: budget.unit, kind: budget.kind, limit: budget.limit, scale: budget.scale,
    value: measurement.value, baseline: measurement.baseline ?? null, normalised, verdict,
    detail: [problem, measurement.detail].filter(Boolean).join('; '), seconds,
  })
}

const fmt = (n: number) => (Number.isFinite(n) ? (Math.abs(n) >= 100 ? n.toFixed(0) : n.toPrecision(3)) : 'n/a')
console.log('| issue | budget | measured | baseline this run (quiet reference) | normalised | limit | verdict | detail |')
console.log('|---|---|---|---|---|---|---|---|')
for (const row of rows) {
  const limit = `${row.kind === 'max' ? '≤' : '≥'} ${fmt(row.limit)} ${row.unit}`
  const baseline = row.baseline ? `${fmt(row.baseline.value)} ${row.baseline.unit} (${fmt(row.baseline.reference)}): ${row.baseline.what}` : '—'
  console.log(`| ${row.issue} | ${row.name} | ${fmt(row.value)} ${row.unit} | ${baseline} | ${fmt(row.normalised)} ${row.unit} | ${limit} | ${row.verdict} | ${row.detail} |`)
}
mkdirSync('.reports', { recursive: true })
writeFileSync('.reports/bench.json', JSON.stringify(rows, null, 2))
const failing = rows.filter((row) => row.verdict === 'over-by-20%' || row.verdict === 'error')
writeFileSync('.reports/bench-summary.json', JSON.stringify({ name: 'bench', passed: rows.length - failing.length, failed: failing.length }))
process.exit(failing.length > 0 ? 1 : 0)
