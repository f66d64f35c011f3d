// npm run --silent skeleton -- --url URL [--status N] PAGE.html
// Prints the redacted page skeleton that the extension's "Report this page" makes of a saved
// page (the same code, src/core/skeleton/; format: docs/page-skeleton.md) as JSON on stdout.
// Exit 0 on success, 2 on bad arguments or an unreadable file (the message on stderr says which).
import { parseArgs } from 'node:util'
import { buildSkeleton } from '../core/skeleton/build.ts'
import { failWith, pageArgs, parsePage, readText } from './page-file.ts'

const USAGE = 'usage: npm run --silent skeleton -- --url https://asiointi.kela.fi/... [--status 403] PAGE.html'
const fail = failWith('skeleton', USAGE)

let parsed
try {
  parsed = parseArgs({ options: { url: { type: 'string' }, status: { type: 'string' } }, allowPositionals: true })
} catch (error) {
  fail((error as Error).message)
}
const { url, status, file } = pageArgs(parsed!.values, parsed!.positionals, fail)
const { doc, close } = parsePage(readText(file, fail), url)
process.stdout.write(`${JSON.stringify(buildSkeleton({ doc, url, status }), null, 2)}\n`)
await close()
