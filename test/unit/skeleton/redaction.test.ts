// No personal datum survives a skeleton: henkilötunnukset, people's and companies' names, e-mail
// addresses, phone numbers and Y-tunnukset seeded into pages, by example and generated (fast-check),
// in running text, headings, table cells, aria labels and the title.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { redactText } from '../../../src/core/skeleton/redact.ts'
import { SKELETON_VOCABULARY } from '../../../src/core/skeleton/vocabulary.ts'
import { validBusinessIdFrom } from '../portfolio/helpers.ts'
import { skeletonOf } from './helpers.ts'

// Common Finnish, Swedish and English first names and surnames, many of them ordinary words too
// (koski "rapids", mäki "hill", laine "wave", kivi "stone", lahja "gift", toivo "hope").
const FIRST = ['Matti', 'Maija', 'Pekka', 'Liisa', 'Anna', 'Juha', 'Mikko', 'Sari', 'Tiina', 'Kari', 'Timo', 'Jukka', 'Aino', 'Onni', 'Toivo', 'Lahja', 'Tuuli', 'Erik', 'Lars', 'Karin', 'Ingrid', 'John', 'Mary', 'Hanna-Leena', 'Eeva', 'Ville', 'Sanna', 'Päivi', 'Jörgen', 'Åsa']
const LAST = ['Virtanen', 'Korhonen', 'Nieminen', 'Mäkinen', 'Meikäläinen', 'Koski', 'Mäki', 'Laine', 'Niemi', 'Salo', 'Lahti', 'Kivi', 'Virta', 'Järvi', 'Heikkilä', 'Johansson', 'Andersson', 'Karlsson', 'Lindqvist', 'Smith', 'Brown', 'Nyström', 'Öhman', 'Ek', 'Berg']
const COMPANY_WORDS = ['Rakennus', 'Putki', 'Sähkö', 'Palvelu', 'Konsultointi', 'Tilitoimisto', 'Luku', 'Kahvila', 'Kuppi', 'Logistiikka', 'Bygg', 'Konsult', 'Service', 'Nordic', 'Helsingin', 'Turun', 'Kela', 'Työnantaja']
const COMPANY_FORMS = ['Oy', 'Oyj', 'Ab', 'Ky', 'Tmi', 'Ltd', 'ry']

/** A valid henkilötunnus: DDMMYY, century sign, individual number, check character (mod 31). */
function identityCode(day: number, month: number, year: number, individual: number, century: '-' | '+' | 'A'): string {
  const date = `${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year % 100).padStart(2, '0')}`
  const number = String(individual).padStart(3, '0')
  return `${date}${century}${number}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(`${date}${number}`) % 31]}`
}

const person = fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([first, last]) => `${first} ${last}`)
const company = fc.tuple(fc.array(fc.constantFrom(...COMPANY_WORDS), { minLength: 1, maxLength: 3 }), fc.constantFrom(...COMPANY_FORMS)).map(([words, form]) => `${words.join(' ')} ${form}`)
const hetu = fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 2, max: 899 }), fc.constantFrom('-' as const, '+' as const, 'A' as const)).map((parts) => identityCode(...parts))
const email = fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST), fc.constantFrom('example.com', 'yritys.fi', 'tilitoimisto.fi')).map(([first, last, domain]) => `${first}.${last}@${domain}`.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''))
const phone = fc.oneof(
  fc.tuple(fc.integer({ min: 40, max: 50 }), fc.integer({ min: 1000000, max: 9999999 })).map(([prefix, rest]) => `0${prefix} ${String(rest).slice(0, 3)} ${String(rest).slice(3)}`),
  fc.tuple(fc.integer({ min: 40, max: 50 }), fc.integer({ min: 1000000, max: 9999999 })).map(([prefix, rest]) => `+358 ${prefix} ${rest}`),
  fc.integer({ min: 1000000, max: 9999999 }).map((rest) => `09-${rest}`),
)
const businessId = fc.integer({ min: 1, max: 3_400_000 }).map(validBusinessIdFrom)

interface Seeds { person: string; company: string; hetu: string; email: string; phone: string; businessId: string; alone: string }
const seeds: fc.Arbitrary<Seeds> = fc.record({ person, company, hetu, email, phone, businessId, alone: fc.constantFrom(...FIRST) })

/** A failure page of the kind Kela's e-services show, with the seeds where pages put such data. */
function page(s: Seeds): string {
  return `<!doctype html><html lang="fi"><head><title>${s.person} – Työnantajan asiointipalvelu</title></head><body>
<header><span class="user" aria-label="Kirjautunut: ${s.person}">${s.person} (${s.hetu})</span><a href="#">Kirjaudu ulos</a></header>
<main><h1>Hei ${s.alone}, sinulla ei ole käyttöoikeutta palveluun</h1>
<p>Organisaatio ${s.company} (${s.businessId}) ei ole antanut sinulle valtuutta. Ota yhteyttä: ${s.email}, puh. ${s.phone}.</p>
<table><tr><th>Nimi</th><th>Y-tunnus</th></tr><tr><td>${s.company}</td><td>${s.businessId}</td></tr><tr><td>${s.alone}</td><td>${s.hetu}</td></tr></table>
<div role="alert" aria-live="assertive">${s.alone} ${s.person.split(' ')[1]}: ${s.company} · ${s.phone}</div></main></body></html>`
}

/** Every word of a seed, and every run of its digits, that must not appear in the skeleton. */
function leaks(skeletonJson: string, s: Seeds): string[] {
  const found: string[] = []
  const words = [s.person, s.company, s.alone].flatMap((value) => value.split(/[\s-]+/)).filter((word) => !/^(Oy|Oyj|Ab|Ky|Tmi|Ltd|ry)$/.test(word))
  for (const word of words) if (new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'iu').test(skeletonJson)) found.push(word)
  for (const value of [s.hetu, s.email, s.phone, s.businessId]) {
    for (const digits of value.match(/\d{2,}/g) ?? []) if (skeletonJson.includes(digits)) found.push(digits)
    if (skeletonJson.toLowerCase().includes(value.toLowerCase())) found.push(value)
  }
  return found
}

describe('redactText', () => {
  test.each([
    ['Matti Meikäläinen (010101-123N)', '{word} {word} ({henkilötunnus})'],
    ['Y-tunnus 0913909-2, puh. 040 123 4567', 'Y-tunnus {y-tunnus}, puh. {phone}'],
    ['matti.meikalainen@yritys.fi', '{email}'],
    ['Tilitoimisto Luku Oy', '{word} {word} Oy'],
    ['Sinulla ei ole käyttöoikeutta', '{word} ei ole käyttöoikeutta'],
    ['Virhekoodi 500, pyyntö 8d3f2a', '{word} {number}, {word} {code}'],
  ])('%j -> %j', (text, expected) => {
    expect(redactText(text)).toBe(expected)
  })

  test('the vocabulary holds none of the names the tests seed', () => {
    const vocabulary = new Set(SKELETON_VOCABULARY)
    const normalised = (word: string) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
    expect([...FIRST, ...LAST].flatMap((name) => name.split('-')).map(normalised).filter((name) => vocabulary.has(name))).toEqual([])
  })
})

describe('seeded pages', () => {
  test('no generated name, identity code, e-mail, phone number or Y-tunnus survives', () => {
    fc.assert(fc.property(seeds, (s) => {
      const skeleton = skeletonOf(page(s), 'https://asiointi.kela.fi/tyonantaja/?hetu=010101-123N#matti')
      const json = JSON.stringify({ ...skeleton, url: '' })
      expect(leaks(json, s), json).toEqual([])
      expect(skeleton.url).toBe('https://asiointi.kela.fi/tyonantaja/')
    }), { numRuns: 300 })
  })

  test('the page\'s words from Kela\'s vocabulary stay, so the skeleton still says what failed', () => {
    const skeleton = JSON.stringify(skeletonOf(page({ person: 'Matti Koski', company: 'Rakennus Oy', hetu: '010101-123N', email: 'a@b.fi', phone: '040 123 4567', businessId: '0913909-2', alone: 'Aino' }), 'https://asiointi.kela.fi/tyonantaja/'))
    expect(skeleton).toContain('ei ole käyttöoikeutta palveluun')
    expect(skeleton).toContain('Kirjaudu ulos')
  })
})
