// npm run bench [-- [--no-build] [name-filter]]: builds the extension (unless --no-build), measures
// every budget from the issues and prints one table with the measured value and the verdict.
// Writes .reports/bench.json (the rows) and .reports/bench-summary.json (budgets as passed/failed
// for the CI line). Exits 1 when a budget is exceeded by more than 20 %, or cannot be measured.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { verdictOf, type Budget } from './budget.ts'

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
  try {
    const { value, detail } = await budget.measure()
    rows.push({ issue: budget.issue, name: budget.name, value, unit: budget.unit, kind: budget.kind, limit: budget.limit, verdict: verdictOf(budget, value), detail: detail ?? '' })
  } catch (error) {
    rows.push({ issue: budget.issue, name: budget.name, value: NaN, unit: budget.unit, kind: budget.kind, limit: budget.limit, verdict: 'error', detail: String(error) })
  }
}

const fmt = (n: number) => (Number.isFinite(n) ? (Math.abs(n) >= 100 ? n.toFixed(0) : n.toPrecision(3)) : 'n/a')
console.log('| issue | budget | measured | limit | verdict | detail |')
console.log('|---|---|---|---|---|---|')
for (const row of rows) {
  const limit = `${row.kind === 'max' ? '≤' : '≥'} ${fmt(row.limit)} ${row.unit}`
  console.log(`| ${row.issue} | ${row.name} | ${fmt(row.value)} ${row.unit} | ${limit} | ${row.verdict} | ${row.detail} |`)
}
mkdirSync('.reports', { recursive: true })
writeFileSync('.reports/bench.json', JSON.stringify(rows, null, 2))
const failing = rows.filter((row) => row.verdict === 'over-by-20%' || row.verdict === 'error')
writeFileSync('.reports/bench-summary.json', JSON.stringify({ name: 'bench', passed: rows.length - failing.length, failed: failing.length }))
process.exit(failing.length > 0 ? 1 : 0)
