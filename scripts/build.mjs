// npm run build [-- --browser chrome|firefox]
// Builds the extension once per browser into dist/chrome and dist/firefox with `vite build`
// (never the dev server: a dev build exposes every file to <all_urls> and loads code from
// localhost, so it must never be packaged).
import { spawnSync } from 'node:child_process'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { browser: { type: 'string' } } })
const browsers = values.browser ? [values.browser] : ['chrome', 'firefox']
for (const browser of browsers) {
  if (browser !== 'chrome' && browser !== 'firefox') {
    console.error(`--browser must be chrome or firefox, got "${browser}"`)
    process.exit(2)
  }
  const result = spawnSync('npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, VALTUUSAPU_BROWSER: browser },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
  console.log(`built dist/${browser}`)
}
