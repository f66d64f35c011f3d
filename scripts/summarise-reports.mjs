// Counts passed and failed tests from the reports in a folder: Vitest's JSON report
// (numPassedTests / numFailedTests) and the one-line JSON reports of the non-Vitest steps.
// A Vitest run that crashed before writing its report counts as one failure, and so does a
// suite that failed to load (numFailedTestSuites without failed tests).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export function summarise(dir) {
  let passed = 0
  let failed = 0
  const vitestReport = join(dir, 'vitest.json')
  if (!existsSync(vitestReport)) {
    failed += 1
  } else {
    const report = JSON.parse(readFileSync(vitestReport, 'utf8'))
    passed += report.numPassedTests
    failed += report.numFailedTests
    const brokenSuites = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.every((t) => t.status !== 'failed'))
    failed += brokenSuites.length
  }
  for (const name of readdirSync(dir)) {
    if (name === 'vitest.json' || !name.endsWith('.json')) continue
    const report = JSON.parse(readFileSync(join(dir, name), 'utf8'))
    if (typeof report.passed === 'number' && typeof report.failed === 'number') {
      passed += report.passed
      failed += report.failed
    }
  }
  return { passed, failed }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { passed, failed } = summarise(process.argv[2] ?? '.reports')
  console.log(`${passed} passed, ${failed} failed`)
}
