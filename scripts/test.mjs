// npm test: the type check, a fresh build of both browsers, then every Vitest project (unit and
// component tests in node and happy-dom, checks of the built extension including web-ext lint,
// and the real-Chromium tests). Each step writes a report into .reports/; the last line is
// `N passed, N failed`, counted from those reports (scripts/summarise-reports.mjs).
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { summarise } from './summarise-reports.mjs'

const REPORTS = '.reports'
rmSync(REPORTS, { recursive: true, force: true })
mkdirSync(REPORTS, { recursive: true })

function step(name, command, args, env = {}) {
  console.log(`\n== ${name}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const ok = result.status === 0
  console.log(`== ${name}: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return ok
}

const typecheck = step('typecheck', 'npx', ['--no-install', 'tsc', '--noEmit'])
writeFileSync(`${REPORTS}/typecheck.json`, JSON.stringify({ name: 'typecheck', passed: typecheck ? 1 : 0, failed: typecheck ? 0 : 1 }))

const build = step('build', 'node', ['scripts/build.mjs'])
writeFileSync(`${REPORTS}/build.json`, JSON.stringify({ name: 'build', passed: build ? 1 : 0, failed: build ? 0 : 1 }))

const projects = build ? [] : ['--project', 'unit']
step('vitest', 'npx', ['--no-install', 'vitest', 'run', ...projects,
  '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/vitest.json`], { NO_COLOR: '1' })

const { passed, failed } = summarise(REPORTS)
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed === 0 && passed > 0 ? 0 : 1)
