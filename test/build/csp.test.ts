// The extension pages' content security policy is pinned (Dark Reader's csp test): only our own
// scripts, no plugins, no <base>, no form posts anywhere. And the built pages keep to it: no
// inline script, no script or style from another origin.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'

const PINNED_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : []
  })
}

describe.each(['chrome', 'firefox'])('dist/%s', (browser) => {
  const dist = `dist/${browser}`
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'))

  test('extension pages have the pinned CSP', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: PINNED_CSP })
  })

  test('every built page loads only its own scripts, none inline', () => {
    const pages = htmlFiles(dist)
    expect(pages.length).toBeGreaterThan(0)
    for (const page of pages) {
      const html = readFileSync(page, 'utf8')
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
      for (const [, attributes = '', body = ''] of scripts) {
        expect(body.trim(), `${page}: inline script`).toBe('')
        expect(attributes, `${page}: script from elsewhere`).not.toMatch(/src="(https?:)?\/\//)
      }
      expect(html, `${page}: stylesheet from elsewhere`).not.toMatch(/<link[^>]+href="(https?:)?\/\//)
      expect(html, `${page}: inline event handler`).not.toMatch(/\son[a-z]+=/i)
    }
  })
})
