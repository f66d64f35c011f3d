// What the page CLIs share: reading `--url URL [--status N] PAGE.html` and parsing the saved page
// with happy-dom (the page's scripts never run).
import { readFileSync } from 'node:fs'
import { Window } from 'happy-dom'

export interface PageArgs {
  url: string
  status: number | null
  file: string
}

export function failWith(tool: string, usage: string): (message: string) => never {
  return (message) => {
    process.stderr.write(`${tool}: ${message}\n${usage}\n`)
    process.exit(2)
  }
}

/** Checks --url, --status and the one positional PAGE.html; `fail` exits with a message. */
export function pageArgs(values: { url?: string; status?: string }, positionals: string[], fail: (message: string) => never): PageArgs {
  if (values.url === undefined) fail('--url is required: the address the page was saved from')
  let url: URL
  try {
    url = new URL(values.url!)
  } catch {
    fail(`--url is not an absolute URL: ${values.url}`)
  }
  if (url!.protocol !== 'https:' && url!.protocol !== 'http:') fail(`--url must be http(s), got ${url!.protocol}`)
  if (positionals.length !== 1) fail(`expected exactly one PAGE.html, got ${positionals.length}`)
  let status: number | null = null
  if (values.status !== undefined) {
    if (!/^[1-5]\d\d$/.test(values.status)) fail(`--status must be an HTTP status from 100 to 599, got ${values.status}`)
    status = Number(values.status)
  }
  return { url: url!.href, status, file: positionals[0]! }
}

export function readText(file: string, fail: (message: string) => never): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    return fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
}

/** The page as a Document, and the window to close when done. */
export function parsePage(html: string, url: string): { doc: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  })
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document
  return { doc, close: () => window.happyDOM.close() }
}
