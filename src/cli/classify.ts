// npm run --silent classify -- --url URL [--status N] PAGE.html
// npm run --silent classify -- --skeleton SKELETON.json
// Runs the content script's classifier on a saved page in node (happy-dom gives it a DOM; the
// page's scripts never run), or on a page skeleton from "Report this page" (docs/page-skeleton.md),
// and prints the contract's JSON (diagnosis.md §6):
//   {"kind", "service", "lang", "evidence", "mandates"?}
// `mandates` appears when the page is a Suomi.fi Valtuudet mandate list. Exit 0 on success,
// 2 on bad arguments, an unreadable file or a file that is not a skeleton of the supported
// version (the message on stderr says which).
import { parseArgs } from 'node:util'
import { classifyPage } from '../core/page/classify.ts'
import { extractMandates } from '../core/page/mandates.ts'
import { parseSkeleton } from '../core/skeleton/format.ts'
import { skeletonToHtml } from '../core/skeleton/html.ts'
import { failWith, pageArgs, parsePage, readText } from './page-file.ts'

const USAGE = 'usage: npm run --silent classify -- --url https://asiointi.kela.fi/... [--status 403] PAGE.html\n       npm run --silent classify -- --skeleton SKELETON.json'
const fail = failWith('classify', USAGE)

let parsed
try {
  parsed = parseArgs({ options: { url: { type: 'string' }, status: { type: 'string' }, skeleton: { type: 'string' } }, allowPositionals: true })
} catch (error) {
  fail((error as Error).message)
}
const { values, positionals } = parsed!

let page: { html: string; url: string; status: number | null }
if (values.skeleton !== undefined) {
  if (values.url !== undefined || values.status !== undefined || positionals.length > 0) fail('--skeleton takes no --url, --status or PAGE.html: the skeleton holds them')
  let json: unknown
  try {
    json = JSON.parse(readText(values.skeleton, fail))
  } catch {
    fail(`${values.skeleton} is not JSON`)
  }
  const read = parseSkeleton(json)
  if (!read.ok) fail(`${values.skeleton}: ${read.error}`)
  const { skeleton } = read as Extract<typeof read, { ok: true }>
  page = { html: skeletonToHtml(skeleton), url: skeleton.url, status: skeleton.status }
} else {
  const args = pageArgs(values, positionals, fail)
  page = { html: readText(args.file, fail), url: args.url, status: args.status }
}

const { doc, close } = parsePage(page.html, page.url)
const result: Record<string, unknown> = { ...classifyPage({ doc, url: page.url, status: page.status }) }
const extraction = extractMandates(doc, page.url)
if (extraction) result.mandates = extraction.mandates
process.stdout.write(`${JSON.stringify(result)}\n`)
await close()
