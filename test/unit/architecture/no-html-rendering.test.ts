// Page text is untrusted, and so is anything typed, imported or stored: the extension renders
// text only, never HTML. No source file may use an API that turns a string into markup; Preact
// escapes text, and its one way around that (dangerouslySetInnerHTML) is banned too. This is also
// why the only `web-ext lint` warning, UNSAFE_VAR_ASSIGNMENT, points inside Preact's renderer
// (README, "Store notes").
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'

const HTML_SINKS = /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|srcdoc/

/** The page CLIs (classify, skeleton) parse a saved page into a detached happy-dom document in
 * node, in one shared module: it renders nothing and runs no script (contract §6). */
const PARSES_A_SAVED_PAGE = new Set([join('src', 'cli', 'page-file.ts')])

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : /\.(tsx?|html)$/.test(name) ? [path] : []
  })
}

test.each(sources('src').filter((file) => !PARSES_A_SAVED_PAGE.has(file)))('%s turns no string into HTML', (file) => {
  const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')
  expect(code.match(HTML_SINKS)?.[0] ?? null).toBeNull()
})

test('the one exception still exists and is the only one', () => {
  const parsing = sources('src').filter((file) => /DOMParser/.test(readFileSync(file, 'utf8')))
  expect(parsing).toEqual([...PARSES_A_SAVED_PAGE])
})
