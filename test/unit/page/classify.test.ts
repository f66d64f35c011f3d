// How the classifier combines signals, on small hand-made pages: no single source decides, help
// pages subtract, hidden and script text is not read, evidence is ids only.
import { describe, expect, test } from 'vitest'
import { classifyPage, THRESHOLD } from '../../../src/core/page/classify.ts'
import { normalise, wordText } from '../../../src/core/page/normalise.ts'
import { fixtureDocument } from '../../fixtures/fixture-dom.ts'

const SERVICE = 'https://asiointi.kela.fi/x/'
const NEUTRAL = 'https://www.suomi.fi/valtuudet/x'
const HELP = 'https://www.kela.fi/ohje'
function classify(body: string, url = NEUTRAL, status: number | null = null, title = 'Sivu') {
  const doc = fixtureDocument({ url, html: `<!doctype html><html lang="fi"><head><title>${title}</title></head><body>${body}</body></html>` })
  return classifyPage({ doc, url, status })
}

test('normalise and wordText ignore case, diacritics, punctuation and spacing', () => {
  expect(normalise('  Pääsy  EVÄTTY ')).toBe('paasy evatty')
  expect(wordText('Istunto on vanhentunut!')).toBe(' istunto on vanhentunut ')
  expect(wordText('Sessionen har gått ut.\n')).toBe(' sessionen har gatt ut ')
})

describe('no single source decides', () => {
  test('a strong phrase in a heading alone is not enough', () => {
    expect(classify('<h1>Istunto on vanhentunut</h1>').kind).toBe('none')
  })
  test('a phrase in the running text alone is not enough, even on an e-service host', () => {
    expect(classify('<p>Istunto on vanhentunut. Sinut on kirjattu ulos.</p>', SERVICE).kind).toBe('none')
  })
  test('a 5xx status alone is not enough', () => {
    expect(classify('<p>Hei</p>', NEUTRAL, 503).kind).toBe('none')
  })
  test('title and heading count as one source: together they are not enough', () => {
    expect(classify('<h1>Istunto on vanhentunut</h1>', NEUTRAL, null, 'Istunto on vanhentunut').kind).toBe('none')
  })
  test('two sources agreeing decide: an alert and the text', () => {
    expect(classify('<div role="alert">Istunto on vanhentunut</div><p>Sinut on kirjattu ulos.</p>').kind).toBe('session-expired')
  })
  test('a heading on an e-service host decides', () => {
    expect(classify('<h1>Istunto on vanhentunut</h1>', SERVICE).kind).toBe('session-expired')
  })
  test('a 5xx status on an e-service host decides', () => {
    expect(classify('<p>Bad gateway</p>', SERVICE, 502).kind).toBe('service-error')
  })
  test(`the threshold is ${THRESHOLD}`, () => {
    expect(THRESHOLD).toBeGreaterThan(3)
  })
})

test('a help page that names a failure in its title and heading stays none', () => {
  expect(classify('<h1>Istunto on vanhentunut</h1>', HELP, null, 'Istunto on vanhentunut').kind).toBe('none')
})

test('words must be whole: "virheetön" is not "virhe", "istuntosi" is not "istunto"', () => {
  expect(classify('<h1>Tapahtui virheettömästi</h1>', SERVICE).kind).toBe('none')
})

test('hidden elements and scripts are not read', () => {
  const hidden = '<div role="alert" hidden>Istunto on vanhentunut</div><h2 aria-hidden="true">Istunto on vanhentunut</h2>' +
    '<p style="display: none">Istunto on vanhentunut</p><script>const t = "Istunto on vanhentunut"</script>'
  expect(classify(hidden, SERVICE, null, 'Sivu')).toMatchObject({ kind: 'none', evidence: ['url:service-host'] })
})

test('the highest score wins; evidence lists every signal that fired as "<source>:<target>"', () => {
  const result = classify('<h1>Palvelussa tapahtui virhe</h1><p>Istunto on vanhentunut</p>', SERVICE, 500)
  expect(result.kind).toBe('service-error')
  expect(result.evidence).toEqual(expect.arrayContaining(['status:service-error', 'heading:service-error', 'text:session-expired', 'url:service-host']))
})

test('the language comes from the html element, and only fi, sv and en are known', () => {
  const doc = (lang: string) => fixtureDocument({ url: SERVICE, html: `<html lang="${lang}"><body></body></html>` })
  expect(classifyPage({ doc: doc('sv-FI'), url: SERVICE }).lang).toBe('sv')
  expect(classifyPage({ doc: doc('de'), url: SERVICE }).lang).toBeNull()
})

test('a 1 MB page is read only up to the text limit, and classified', () => {
  const filler = '<p>Kela maksaa etuuksia ja korvauksia.</p>'.repeat(25_000)
  const result = classify(`<h1>Palvelussa tapahtui virhe</h1>${filler}`, SERVICE)
  expect(result.kind).toBe('service-error')
})
