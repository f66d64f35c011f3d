// Text in a page skeleton: every henkilötunnus, e-mail address, Y-tunnus, phone number and other
// run of digits becomes a placeholder, and every word outside the vocabulary of Kela's and
// Suomi.fi's own page texts (vocabulary.ts) becomes {word}, so that no person's or company's
// name survives. Two rules catch names made of ordinary words: a capitalised word next to a masked
// capitalised word is masked too ("Matti Koski"), and so are the words before a company form
// ("Palvelu Rakennus Oy").
import { wordText } from '../page/normalise.ts'
import { SKELETON_VOCABULARY } from './vocabulary.ts'

export const PLACEHOLDERS = ['{henkilötunnus}', '{email}', '{y-tunnus}', '{phone}', '{code}', '{number}', '{word}'] as const

const IDENTITY_CODE = /\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/gi
const EMAIL = /[^\s@<>()[\]{}"',;:]+@[^\s@<>()[\]{}"',;:]+\.[a-z]{2,}/gi
const BUSINESS_ID = /\b\d{7}\s?[-\u2010-\u2015\u2212]\s?\d\b/g
// Finnish numbers (+358 or a leading 0) and other international ones, with spaces or hyphens.
const PHONE = /(?:\+\d{1,3}|\b0)\d{1,3}(?:[\s-]?\d{2,4}){2,4}\b/g
// Letters and digits mixed in one token: reference numbers, session ids ("8d3f2a", "AB12").
const CODE = /(?<![\p{L}\d])(?=[\p{L}\d]*\d)(?=[\p{L}\d]*\p{L})[\p{L}\d]+(?![\p{L}\d])/gu
const DIGITS = /\d+/g
// Words: letters with inner hyphens or apostrophes ("Suomi-fi", "l'offre"). Placeholders are left alone.
const WORD = /\{[a-z-ötä]+\}|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu
/** Company forms in Finland (osakeyhtiö, aktiebolag, kommandiittiyhtiö, ...): the words before one are a name. */
const COMPANY_FORMS = new Set(['oy', 'oyj', 'ab', 'abp', 'ky', 'kb', 'ay', 'tmi', 'ry', 'rf', 'ltd', 'osk', 'sr', 'inc', 'llc', 'gmbh'])

const vocabulary = new Set<string>(SKELETON_VOCABULARY)
/** Whether a word (any case, any diacritics) is in the vocabulary. */
export const inVocabulary = (word: string): boolean => word.split(/['’-]/).every((part) => vocabulary.has(wordText(part).trim()))

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word)

/** Redacts one text; the result holds only vocabulary words, placeholders, punctuation and spaces. */
export function redactText(text: string): string {
  const numbersOut = text
    .replace(IDENTITY_CODE, '{henkilötunnus}')
    .replace(EMAIL, '{email}')
    .replace(BUSINESS_ID, '{y-tunnus}')
    .replace(PHONE, '{phone}')
    .replace(CODE, '{code}')
    .replace(DIGITS, '{number}')
  const tokens: Array<{ start: number; end: number; word: string; masked: boolean }> = []
  for (const match of numbersOut.matchAll(WORD)) {
    const word = match[0]
    const placeholder = word.startsWith('{')
    tokens.push({ start: match.index, end: match.index + word.length, word, masked: !placeholder && !inVocabulary(word) })
  }
  // Names of ordinary words: neighbours of a masked capitalised word, and what precedes a company form.
  const between = (a: number, b: number) => numbersOut.slice(tokens[a]!.end, tokens[b]!.start)
  const adjacent = (a: number, b: number) => /^[\s.]{1,2}$/.test(between(a, b))
  for (let changed = true; changed;) {
    changed = false
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!
      if (token.masked || !isCapitalised(token.word) || token.word.startsWith('{') || COMPANY_FORMS.has(token.word.toLowerCase())) continue
      const next = tokens[i + 1]
      const previous = tokens[i - 1]
      const nextMasked = next && next.masked && isCapitalised(next.word) && adjacent(i, i + 1)
      const previousMasked = previous && previous.masked && isCapitalised(previous.word) && adjacent(i - 1, i)
      if (nextMasked || previousMasked) {
        token.masked = true
        changed = true
      }
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!COMPANY_FORMS.has(tokens[i]!.word.toLowerCase())) continue
    for (let j = i - 1; j >= 0 && j >= i - 4 && /^[\s&,.-]{1,3}$/.test(between(j, j + 1)); j--) tokens[j]!.masked = true
  }
  let out = ''
  let at = 0
  for (const token of tokens) {
    if (!token.masked) continue
    out += `${numbersOut.slice(at, token.start)}{word}`
    at = token.end
  }
  return out + numbersOut.slice(at)
}
