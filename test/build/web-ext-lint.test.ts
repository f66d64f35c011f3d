// AMO's linter on the Firefox build: it must report no errors. Warnings are explained in the
// README's store notes.
import { execFileSync } from 'node:child_process'
import { expect, test } from 'vitest'

interface LintMessage { code: string; message: string; file?: string }

test('web-ext lint reports 0 errors on dist/firefox', () => {
  let output: string
  try {
    output = execFileSync('npx', ['--no-install', 'web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'],
    })
  } catch (error) {
    // web-ext exits non-zero when there are errors; the JSON report is still on stdout.
    output = String((error as { stdout?: string }).stdout ?? '')
  }
  const report = JSON.parse(output) as { errors: LintMessage[]; warnings: LintMessage[] }
  expect(report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([])
}, 60_000)
