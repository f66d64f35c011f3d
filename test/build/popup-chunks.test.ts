// The built popup (dist/chrome and dist/firefox) opens with one language, not three: its static
// scripts hold no UI string and no diagnosis text of any language, each language is one chunk
// loaded on demand holding that language's UI strings and diagnosis texts, and full zod is in
// none of them (zod/mini only). bench/popup.bench.ts measures the size; this keeps the shape.
import { readFileSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { LANGS } from '../../src/core/contract/ids.ts'
import { LANGUAGE_PACKS } from '../../src/core/diagnosis/index.ts'
import { MESSAGES } from '../../src/extension/ui/i18n/all.ts'
import { popupScripts } from '../../bench/popup.bench.ts'
import { POPUP_LANGUAGE_CHUNK } from '../../src/extension/popup/language-chunk.ts'
import { CONTENT_SCRIPT } from '../../src/extension/background/content-script-file.ts'
import { SKELETON_SCRIPT } from '../../src/extension/background/skeleton-script-file.ts'

/** Strings only one language has: a UI string and the title of a rule, as they appear in code. */
const markers = (lang: (typeof LANGS)[number]) => [MESSAGES[lang].checkMandates, LANGUAGE_PACKS[lang].rules['no-mandate'].title({} as never)]

describe.each(['chrome', 'firefox'])('dist/%s', (browser) => {
  const { opening, languages } = popupScripts(`dist/${browser}`)
  const code = (files: string[]) => files.map((file) => readFileSync(file, 'utf8')).join('\n')

  test('the scripts the popup opens with hold no language', () => {
    const text = code(opening)
    for (const lang of LANGS) for (const marker of markers(lang)) expect(text, `${lang}: ${marker}`).not.toContain(marker)
  })

  test('one chunk per language, each with its UI strings and diagnosis texts and no other language', () => {
    expect(languages).toHaveLength(LANGS.length)
    for (const lang of LANGS) {
      const chunks = languages.filter(({ files }) => markers(lang).every((marker) => code(files).includes(marker)))
      expect(chunks, lang).toHaveLength(1)
      const others = LANGS.filter((other) => other !== lang).flatMap(markers)
      for (const marker of others) expect(code(chunks[0]!.files)).not.toContain(marker)
    }
  })

  test('the language chunks have the fixed names public/popup-prefetch.js preloads', () => {
    const names = languages.map(({ chunk }) => basename(chunk)).sort()
    expect(names).toEqual(LANGS.map((lang) => `${POPUP_LANGUAGE_CHUNK}${lang}.js`).sort())
    for (const { chunk } of languages) expect(dirname(chunk)).toBe(resolve(`dist/${browser}/assets`))
  })

  test('the page report (its code, schema and vocabulary) loads only on request: not in the popup as it opens, nor in the content script', () => {
    const { onRequest } = popupScripts(`dist/${browser}`)
    expect(code(opening)).not.toContain('valtuusapu-page-skeleton')
    expect(code(onRequest.flatMap(({ chunk, files }) => [chunk, ...files]))).toContain('valtuusapu-page-skeleton')
    expect(readFileSync(`dist/${browser}/${CONTENT_SCRIPT}`, 'utf8')).not.toContain('valtuusapu-page-skeleton')
    expect(readFileSync(`dist/${browser}/${SKELETON_SCRIPT}`, 'utf8')).toContain('valtuusapu-page-skeleton')
  })

  test('no full zod anywhere in the popup (zod/mini only)', () => {
    const all = code([...opening, ...languages.flatMap(({ files }) => files)])
    // zod names its classes with string literals ($constructor("ZodString", ...)); the minifier may quote them with backticks.
    expect(all).not.toMatch(/["'`]ZodString["'`]/)
    expect(all).toMatch(/["'`]ZodMiniString["'`]/)
  })
})
