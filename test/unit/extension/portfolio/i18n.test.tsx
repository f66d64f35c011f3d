// @vitest-environment happy-dom
// The portfolio page's texts: the same keys and placeholders in fi, sv and en, none empty, none
// left in English; every key the page asks for exists. The popup's entry point opens the page.
import { fireEvent, render } from '@testing-library/preact'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { LANGS } from '../../../../src/core/contract/ids.ts'
import { PORTFOLIO_MESSAGES } from '../../../../src/extension/portfolio/i18n/index.ts'
import { PORTFOLIO_PAGE, PortfolioLink, portfolioUrl } from '../../../../src/extension/portfolio/PortfolioLink.tsx'
import { memoryStore, UiEnvContext } from '../../../../src/extension/ui/env.ts'
import { I18nContext } from '../../../../src/extension/ui/i18n/index.ts'
import { translator } from '../../../../src/extension/ui/i18n/all.ts'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
const keys = Object.keys(PORTFOLIO_MESSAGES.en).sort()

describe('portfolio texts', () => {
  test.each(LANGS)('%s has exactly the English keys, none empty, the same placeholders', (lang) => {
    const messages = PORTFOLIO_MESSAGES[lang]
    expect(Object.keys(messages).sort()).toEqual(keys)
    for (const key of keys) {
      const text = messages[key as keyof typeof messages]
      expect(text.trim(), `${lang}.${key}`).not.toBe('')
      expect(placeholders(text), `${lang}.${key}`).toEqual(placeholders(PORTFOLIO_MESSAGES.en[key as keyof typeof PORTFOLIO_MESSAGES.en]))
    }
  })

  test('Finnish and Swedish texts are not left in English', () => {
    for (const lang of ['fi', 'sv'] as const) {
      const same = keys.filter((key) => {
        const k = key as keyof typeof PORTFOLIO_MESSAGES.en
        return PORTFOLIO_MESSAGES[lang][k] === PORTFOLIO_MESSAGES.en[k] && /[a-z]{4,} [a-z]{4,}/i.test(PORTFOLIO_MESSAGES.en[k])
      })
      expect(same, lang).toEqual([])
    }
  })

  test('every literal key the page asks for exists', () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else if (/\.tsx?$/.test(name) && !path.includes('i18n')) files.push(path)
      }
    }
    walk('src/extension/portfolio')
    const asked = new Set<string>()
    for (const path of files) for (const m of readFileSync(path, 'utf8').matchAll(/\bpt\(\s*'([^']+)'/g)) asked.add(m[1]!)
    expect(asked.size).toBeGreaterThan(100)
    expect([...asked].filter((key) => !keys.includes(key))).toEqual([])
  })
})

describe('the popup\'s entry point', () => {
  test('names the page in the UI language and opens it in a new tab', () => {
    const openUrl = vi.fn()
    const view = render(
      <UiEnvContext.Provider value={{ openUrl, copyText: async () => true, now: () => new Date(), store: memoryStore() }}>
        <I18nContext.Provider value={{ lang: 'sv', t: translator('sv') }}>
          <PortfolioLink />
        </I18nContext.Provider>
      </UiEnvContext.Provider>,
    )
    const link = view.getByTestId('portfolio-link')
    expect(link.textContent).toBe('Kundportfölj')
    fireEvent.click(link)
    expect(openUrl).toHaveBeenCalledWith(portfolioUrl(location.href))
    expect(portfolioUrl('chrome-extension://abc/src/extension/popup/index.html?tabId=3')).toBe(`chrome-extension://abc/${PORTFOLIO_PAGE}`)
  })
})
