// Issue 4: the content script every Kela and Suomi.fi page loads is at most 12 KB gzip.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { Budget } from './budget.ts'

export const budgets: Budget[] = [
  {
    name: 'content script size (gzip)',
    issue: 4,
    unit: 'KB',
    kind: 'max',
    limit: 12,
    scale: 'absolute',
    async measure() {
      const code = readFileSync('dist/chrome/src/extension/content/index.js')
      const gzip = gzipSync(code, { level: 9 }).length
      return { value: gzip / 1024, detail: `${code.length} B raw, ${gzip} B gzip -9 (dist/chrome; run npm run build first)` }
    },
  },
]
