// The demo's bundled pages, served at their real Kela and Suomi.fi URLs (and one elsewhere) by the
// e2e harness's fixture server (the same format as test/fixtures/pages: a first-line header with
// the URL).
import { join } from 'node:path'
import { readFixture, type FixturePage } from '../../test/fixtures/fixture-pages.ts'

export const DEMO_PAGES_DIR = join(import.meta.dirname, 'pages')

export const demoPage = (file: string): FixturePage => readFixture(file, DEMO_PAGES_DIR)

/** A Kela employer e-service page that refuses access (a failure). */
export const NO_ACCESS = () => demoPage('employer-no-access-fi.html')
/** Kela's troubleshooting page: it talks about access problems, but nothing failed. */
export const HELP_PAGE = () => demoPage('kela-help-page-fi.html')
/** A payroll office's intranet page: not Kela's or Suomi.fi's, so the extension cannot read it. */
export const NOT_KELA = () => demoPage('payroll-intranet-fi.html')
