// Every fixture page classifies exactly as its header says: its kind (so it is a negative case
// for every other kind), its service and its language; the mandate reader returns what the
// fixture's sidecar says, or nothing; and nothing a person is known by ever comes out.
import { describe, expect, test } from 'vitest'
import { PAGE_KINDS, LANGS } from '../../../src/core/contract/ids.ts'
import { Mandate } from '../../../src/core/contract/case.ts'
import { classifyPage } from '../../../src/core/page/classify.ts'
import { extractMandates } from '../../../src/core/page/mandates.ts'
import { allFixtures, expectedMandates } from '../../fixtures/fixture-pages.ts'
import { fixtureDocument } from '../../fixtures/fixture-dom.ts'

const fixtures = allFixtures()
/** The people in the fixtures: their names and identity codes must never be reported. */
const PEOPLE = ['Maija', 'Mallikas', 'Matti', 'Meikäläinen', 'Anna Virtanen', 'Erik', 'Lindqvist Erik']
const HETU = /\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/i

describe('the corpus', () => {
  test('has at least 40 pages, in Finnish, Swedish and English', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40)
    for (const lang of LANGS) expect(fixtures.filter((f) => f.lang === lang).length).toBeGreaterThanOrEqual(8)
  })
  test.each(PAGE_KINDS)('has pages of kind %s', (kind) => {
    expect(fixtures.filter((f) => f.kind === kind).length).toBeGreaterThanOrEqual(kind === 'none' ? 20 : 3)
  })
  test('every failure kind is shown at a Kela or Suomi.fi address, and none of them is a help page', () => {
    for (const fixture of fixtures) expect(new URL(fixture.url).hostname).toMatch(/(^|\.)(kela|suomi)\.fi$/)
  })
  test('every fixture says where its text comes from', () => {
    for (const fixture of fixtures.filter((f) => !f.file.startsWith('skeleton-'))) expect(fixture.about ?? '', fixture.file).toMatch(/Hand-written|Quoted|real/)
  })
})

describe.each(fixtures)('$file', (fixture) => {
  const doc = fixtureDocument(fixture)
  const result = classifyPage({ doc, url: fixture.url, status: fixture.status })

  test(`is ${fixture.kind}, service ${fixture.service}, language ${fixture.lang}`, () => {
    expect({ kind: result.kind, service: result.service, lang: result.lang }).toEqual({ kind: fixture.kind, service: fixture.service, lang: fixture.lang })
  })

  test('evidence is short ids, never page text', () => {
    for (const id of result.evidence) expect(id).toMatch(/^[a-z]+:[a-z-]+$/)
  })

  test('the mandate reader returns exactly the expected mandates, valid in the contract format', () => {
    const extraction = extractMandates(doc, fixture.url)
    expect(extraction).toEqual(expectedMandates(fixture))
    for (const mandate of extraction?.mandates ?? []) expect(Mandate.safeParse(mandate).success).toBe(true)
  })

  test('no name or personal identity code comes out', () => {
    const output = JSON.stringify([result, extractMandates(doc, fixture.url)])
    expect(output).not.toMatch(HETU)
    for (const name of PEOPLE) expect(output).not.toContain(name)
  })
})
