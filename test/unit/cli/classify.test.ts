// The classify CLI: the same classifier on a saved page, the contract's JSON, exit 2 on bad input.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { FIXTURE_DIR, readFixture } from '../../fixtures/fixture-pages.ts'

const run = (...args: string[]) => spawnSync('npx', ['--no-install', 'tsx', 'src/cli/classify.ts', ...args], { encoding: 'utf8' })

test('prints kind, service, language and evidence, and the mandates of a Valtuudet list', () => {
  const failure = readFixture('session-expired-401-fi.html')
  const one = run('--url', failure.url, '--status', '401', join(FIXTURE_DIR, failure.file))
  expect(one.status).toBe(0)
  const printed = JSON.parse(one.stdout)
  expect(Object.keys(printed)).toEqual(['kind', 'service', 'lang', 'evidence'])
  expect(printed).toMatchObject({ kind: 'session-expired', service: 'emava', lang: 'fi' })
  expect(printed.evidence).toContain('status:session-expired')

  const list = readFixture('none-valtuudet-requests-fi.html')
  const two = run('--url', list.url, join(FIXTURE_DIR, list.file))
  expect(JSON.parse(two.stdout)).toMatchObject({ kind: 'none', mandates: [{ mandator: '5908301-5', status: 'pending-request' }] })
}, 30_000)

test.each([
  ['no --url', [join(FIXTURE_DIR, 'skeleton-no-access-fi.html')], /--url is required/],
  ['a relative --url', ['--url', 'kela.fi', 'x.html'], /not an absolute URL/],
  ['no page', ['--url', 'https://www.kela.fi/'], /exactly one PAGE.html/],
  ['a missing file', ['--url', 'https://www.kela.fi/', 'no-such-page.html'], /cannot read no-such-page.html: ENOENT/],
  ['a bad status', ['--url', 'https://www.kela.fi/', '--status', '99', 'x.html'], /--status must be an HTTP status/],
  ['an unknown option', ['--ur', 'https://www.kela.fi/', 'x.html'], /Unknown option/],
])('%s: exit 2 and a message that says what is wrong', (_, args, message) => {
  const result = run(...args)
  expect(result.status).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(message)
}, 30_000)
