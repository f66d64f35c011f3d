// The explain CLI as a real process (`npm run --silent explain -- FILE`): the contract's examples
// give their expected result, and invalid input exits 2 with a message naming the field.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { Result } from '../../../src/core/contract/result.ts'
import { EXAMPLE_DIR, checkExpectation, loadExamples } from './scenario-files.ts'

const work = mkdtempSync(join(tmpdir(), 'valtuusapu-explain-'))

function explain(name: string, content: string) {
  const file = join(work, name)
  writeFileSync(file, content)
  const run = spawnSync('npm', ['run', '--silent', 'explain', '--', file], { encoding: 'utf8', timeout: 60_000 })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

// The project's shared contract sits next to the repository (../shared); a clone elsewhere has none.
const SHARED_EXAMPLES = '../shared/contract/examples'

describe('the contract examples through the CLI', () => {
  test.each(loadExamples().map((s) => [s.file, s] as const))('%s', (file, scenario) => {
    const run = explain(file, JSON.stringify(scenario.case))
    expect(run.stderr.replace(/npm warn.*\n/g, '')).toBe('')
    expect(run.status).toBe(0)
    checkExpectation(scenario, JSON.parse(run.stdout) as Result)
  }, 60_000)

  test.runIf(existsSync(SHARED_EXAMPLES))('the copies in test/contract-examples are the shared ones', () => {
    const shared = readdirSync(SHARED_EXAMPLES).filter((name) => name.endsWith('.json')).sort()
    expect(readdirSync(EXAMPLE_DIR).sort()).toEqual(shared)
    for (const name of shared) expect(readFileSync(join(EXAMPLE_DIR, name), 'utf8')).toBe(readFileSync(join(SHARED_EXAMPLES, name), 'utf8'))
  })
})

const VALID = { version: 1, now: '2026-03-02T09:00:00+02:00', actingFor: 'own', mandates: [{ holder: 'me', mandator: '0913909-2', type: 'asiointivaltuus', themes: ['x'] }] }

describe('invalid input exits 2 and names the field', () => {
  test.each([
    ['broken JSON', '{"version": 1,', /broken JSON/],
    ['bad Y-tunnus checksum', JSON.stringify({ ...VALID, mandates: [VALID.mandates[0], { ...VALID.mandates[0], mandator: '0913909-3' }] }), /mandates\[1\]\.mandator: Y-tunnus check digit does not match/],
    ['unknown enum value', JSON.stringify({ ...VALID, actingFor: 'friend' }), /actingFor: unknown value "friend"; expected one of: own, client/],
    ['bad date', JSON.stringify({ ...VALID, mandates: [{ ...VALID.mandates[0], validUntil: '2026-02-30' }] }), /mandates\[0\]\.validUntil: not a real calendar date/],
    ['bad instant', JSON.stringify({ ...VALID, now: 'yesterday' }), /now: expected a date and time with an offset/],
  ])('%s', (_, content, message) => {
    const run = explain('bad.json', content)
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(message)
  }, 60_000)

  test('a valid case of the same shape exits 0', () => {
    const run = explain('good.json', JSON.stringify(VALID))
    expect(run.status).toBe(0)
    expect((JSON.parse(run.stdout) as Result).verdict).toBeDefined()
  }, 60_000)
})
