// npm run build [-- --browser chrome|firefox] [--out-root DIR]
// Builds the extension once per browser into dist/chrome and dist/firefox with `vite build`
// (never the dev server: a dev build exposes every file to <all_urls> and loads code from
// localhost, so it must never be packaged).
import { spawnSync } from 'node:child_process'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { browser: { type: 'string' }, 'out-root': { type: 'string', default: 'dist' } } })
const browsers = values.browser ? [values.browser] : ['chrome', 'firefox']
for (const browser of browsers) {
  if (browser !== 'chrome' && browser !== 'firefox') {
    console.error(`--browser must be chrome or firefox, got "${browser}"`)
    process.exit(2)
  }
  const outDir = `${values['out-root']}/${browser}`
  // The manifest's build (background, popup), then the portfolio page, the content script and the
  // page skeleton script into the same folder (vite.config.ts says why each is a build of its own).
  for (const page of ['manifest', 'portfolio', 'content', 'skeleton']) {
    const result = spawnSync('npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn', '--outDir', outDir], {
      stdio: 'inherit',
      env: { ...withoutVitestEnv(process.env), VALTUUSAPU_BROWSER: browser, VALTUUSAPU_PAGE: page },
    })
    if (result.status !== 0) process.exit(result.status ?? 1)
  }
  console.log(`built ${outDir}`)
}

/** A build started from a test must not look like Vitest to vite.config.ts (it drops CRXJS there). */
function withoutVitestEnv(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('VITEST')))
}
