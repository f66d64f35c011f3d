// The three languages have the same keys and placeholders, no empty text, and the language
// choice follows the browser unless the user chose.
import { describe, expect, test } from 'vitest'
import { LANGS } from '../../../../src/core/contract/ids.ts'
import { detectLang, format } from '../../../../src/extension/ui/i18n/index.ts'
import { MESSAGES, translator } from '../../../../src/extension/ui/i18n/all.ts'
import { memoryStore } from '../../../../src/extension/ui/env.ts'
import { LANG_KEY, preferredLang, rememberLang } from '../../../../src/extension/ui/preferences.ts'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('messages', () => {
  const keys = Object.keys(MESSAGES.en).sort()
  test.each(LANGS)('%s has exactly the English keys, none empty, the same placeholders', (lang) => {
    const messages = MESSAGES[lang]
    expect(Object.keys(messages).sort()).toEqual(keys)
    for (const key of keys) {
      const text = messages[key as keyof typeof messages]
      expect(text.trim(), `${lang}.${key}`).not.toBe('')
      expect(placeholders(text), `${lang}.${key}`).toEqual(placeholders(MESSAGES.en[key as keyof typeof MESSAGES.en]))
    }
  })

  test('Finnish and Swedish texts are not left in English', () => {
    const same = (lang: 'fi' | 'sv') => keys.filter((key) => {
      const k = key as keyof typeof MESSAGES.en
      return MESSAGES[lang][k] === MESSAGES.en[k] && /[a-z]{4,} [a-z]{4,}/i.test(MESSAGES.en[k])
    })
    expect(same('fi')).toEqual([])
    expect(same('sv')).toEqual([])
  })

  test('format fills placeholders and leaves unknown ones visible', () => {
    expect(format('Open until {time}.', { time: '17.00' })).toBe('Open until 17.00.')
    expect(format('Opens {day}', {})).toBe('Opens {day}')
    expect(translator('fi')('verdictBlockingMany', { count: 3 })).toContain('3 asiaa')
  })
})

describe('language choice', () => {
  test.each([
    ['fi', 'fi'], ['fi-FI', 'fi'], ['sv', 'sv'], ['sv-FI', 'sv'], ['sv_SE', 'sv'], ['en-US', 'en'],
    ['de-DE', 'en'], ['et', 'en'], ['', 'en'], [undefined, 'en'],
  ])('browser language %s -> %s', (ui, expected) => {
    expect(detectLang(ui)).toBe(expected)
  })

  test('a remembered choice wins over the browser language; junk in storage is ignored', async () => {
    const store = memoryStore()
    expect(await preferredLang(store, 'fi-FI')).toBe('fi')
    await rememberLang(store, 'sv')
    expect(store.data.get(LANG_KEY)).toBe('sv')
    expect(await preferredLang(store, 'fi-FI')).toBe('sv')
    const junk = memoryStore({ [LANG_KEY]: 'de' })
    expect(await preferredLang(junk, 'en-GB')).toBe('en')
    expect(junk.data.get(LANG_KEY)).toBe('de')
  })
})
