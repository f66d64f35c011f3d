// npm run --silent classify -- --url URL [--status N] PAGE.html
// Runs the content script's classifier on a saved page in node (happy-dom gives it a DOM; the
// page's scripts never run) and prints the contract's JSON (diagnosis.md §6):
//   {"kind", "service", "lang", "evidence", "mandates"?}
// `mandates` appears when the page is a Suomi.fi Valtuudet mandate list. Exit 0 on success,
// 2 on bad arguments or an unreadable file (the message on stderr says which).
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { Window } from 'happy-dom'
import { classifyPage } from '../core/page/classify.ts'
import { extractMandates } from '../core/page/mandates.ts'

const USAGE = 'usage: npm run --silent classify -- --url https://asiointi.kela.fi/... [--status 403] PAGE.html'

function fail(message: string): never {
  process.stderr.write(`classify: ${message}\n${USAGE}\n`)
  process.exit(2)
}

function args(): { url: string; status: number | null; file: string } {
  let parsed
  try {
    parsed = parseArgs({ options: { url: { type: 'string' }, status: { type: 'string' } }, allowPositionals: true })
  } catch (error) {
    fail((error as Error).message)
  }
  const { values, positionals } = parsed
  if (values.url === undefined) fail('--url is required: the address the page was saved from')
  let url: URL
  try {
    url = new URL(values.url)
  } catch {
    fail(`--url is not an absolute URL: ${values.url}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail(`--url must be http(s), got ${url.protocol}`)
  if (positionals.length !== 1) fail(`expected exactly one PAGE.html, got ${positionals.length}`)
  let status: number | null = null
  if (values.status !== undefined) {
    if (!/^[1-5]\d\d$/.test(values.status)) fail(`--status must be an HTTP status from 100 to 599, got ${values.status}`)
    status = Number(values.status)
  }
  return { url: url.href, status, file: positionals[0]! }
}

const { url, status, file } = args()
let html: string
try {
  html = readFileSync(file, 'utf8')
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
}

const window = new Window({
  url,
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
})
const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document
const result: Record<string, unknown> = { ...classifyPage({ doc, url, status }) }
const extraction = extractMandates(doc, url)
if (extraction) result.mandates = extraction.mandates
process.stdout.write(`${JSON.stringify(result)}\n`)
await window.happyDOM.close()
