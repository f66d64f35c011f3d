// Every file an extension page loads costs Chromium a few milliseconds before the page's code can
// run (bench/blank-extension-page.ts), so the portfolio page is a build of its own
// (vite.config.ts): the prefetch script, one module and one stylesheet, sharing no chunk with the
// popup; the popup starts its first requests from a small async script. This keeps that shape;
// bench/portfolio-page.bench.ts and bench/popup.bench.ts measure what it buys.
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { popupScripts } from '../../bench/popup.bench.ts'

const PORTFOLIO_HTML = 'src/extension/portfolio/index.html'

describe.each(['chrome', 'firefox'])('dist/%s', (browser) => {
  const dist = `dist/${browser}`
  const html = readFileSync(join(dist, PORTFOLIO_HTML), 'utf8')
  const tags = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!)

  test('the portfolio page loads the prefetch script, one module and one stylesheet', () => {
    expect(tags(/<script(?![^>]*type="module")[^>]*\ssrc="([^"]+)"/g)).toEqual(['/portfolio-prefetch.js'])
    expect(tags(/<script[^>]*type="module"[^>]*\ssrc="([^"]+)"/g)).toHaveLength(1)
    expect(tags(/<link[^>]*rel="stylesheet"[^>]*\shref="([^"]+)"/g)).toHaveLength(1)
    expect(tags(/<link[^>]*rel="(modulepreload)"/g)).toEqual([])
  })

  test('the popup starts with public/popup-prefetch.js, which does not hold the page\'s parsing', () => {
    const popup = readFileSync(join(dist, 'src/extension/popup/index.html'), 'utf8')
    expect(popup).toMatch(/<script async src="\/popup-prefetch\.js"><\/script>\s*<script type="module"/)
    expect([...popup.matchAll(/<link[^>]*rel="stylesheet"/g)]).toHaveLength(1)
  })

  test('the portfolio module imports nothing statically and shares no file with the popup', () => {
    const [module] = tags(/<script[^>]*type="module"[^>]*\ssrc="([^"]+)"/g)
    const file = resolve(dist, module!.replace(/^\//, ''))
    expect(readFileSync(file, 'utf8')).not.toMatch(/(?:^|[;\n}])\s*import\s*[{*\w][^;]*?from\s*["']/)
    const popup = popupScripts(dist)
    const popupFiles = new Set([...popup.opening, ...popup.languages.flatMap((l) => [l.chunk, ...l.files])])
    expect(popupFiles.has(file)).toBe(false)
    expect(dirname(file)).toBe(resolve(dist, 'assets'))
  })
})
