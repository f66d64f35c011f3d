// "Pure core, thin shell": src/core (knowledge, rules, page classification) uses no browser API
// and no network, so it runs in node, in the CLIs and in every extension context alike.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'

const FORBIDDEN: [RegExp, string][] = [
  [/\bchrome\./, 'chrome.* extension API'],
  [/\bbrowser\.(runtime|storage|tabs|action|permissions|i18n)\b/, 'browser.* extension API'],
  [/webextension-polyfill/, 'the extension polyfill'],
  [/(^|[^.\w])window\./m, 'the window global'],
  [/(^|[^.\w])document\./m, 'the document global (take a Document parameter)'],
  [/(^|[^.\w])location\./m, 'the location global'],
  [/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/, 'a network API'],
  [/\blocalStorage\b|\bsessionStorage\b|\bindexedDB\b/, 'web storage'],
  [/from ['"]\.\.\/+(\.\.\/)*extension\//, 'an import from src/extension'],
]

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : []
  })
}

const sources = files('src/core')

test('src/core has sources', () => {
  expect(sources.length).toBeGreaterThan(0)
})

test.each(sources)('%s uses no browser API', (file) => {
  const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')
  const used = FORBIDDEN.filter(([pattern]) => pattern.test(code)).map(([, what]) => what)
  expect(used).toEqual([])
})
