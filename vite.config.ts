import { defineConfig } from 'vitest/config'
import preact from '@preact/preset-vite'
import { crx } from '@crxjs/vite-plugin'
import { manifestFor, targetBrowser } from './scripts/manifest.ts'
import { POPUP_LANGUAGE_CHUNK } from './src/extension/popup/language-chunk.ts'
import { CONTENT_SCRIPT } from './src/extension/background/content-script-file.ts'
import { SKELETON_SCRIPT } from './src/extension/background/skeleton-script-file.ts'

// One source manifest (manifest.json), one build per browser: CRXJS in Chrome mode drops
// background.scripts and Firefox needs it, so each store gets its own output folder.
// The content script is a standalone IIFE: no loader, no web_accessible_resources, so a Kela
// page cannot fetch our files to detect the extension. The background injects it
// (src/extension/background/injection.ts says why it is not declared), so it is a build of its
// own, like the portfolio page.
const browser = targetBrowser(process.env.VALTUUSAPU_BROWSER)
// Vitest reads this file too; CRXJS must not run there, it would empty dist/ under the e2e tests.
const underVitest = process.env.VITEST !== undefined
// The client portfolio, an extension page the manifest does not name (opened from the popup in a
// tab), is a build of its own into the same folder, after the manifest's (scripts/build.mjs): in
// one build it shared chunks with the popup, and every file an extension page loads costs a few
// milliseconds more in Chromium (bench/blank-extension-page.ts), so each page is one script and
// one stylesheet, plus what it loads later.
const portfolioBuild = process.env.VALTUUSAPU_PAGE === 'portfolio'
const contentBuild = process.env.VALTUUSAPU_PAGE === 'content'
// The page skeleton script ("Report this page"), injected only when the user asks: a build of its own.
const skeletonBuild = process.env.VALTUUSAPU_PAGE === 'skeleton'
const extraBuild = portfolioBuild || contentBuild || skeletonBuild
const POPUP_LANGUAGE = /\/src\/extension\/popup\/lang\/(fi|sv|en)\.ts$/

/**
 * The knowledge base's `note` and `event` texts are for maintainers: no page shows them, yet every
 * page that uses a fact carried them (about 1 KB gzip of the popup's 60 KB budget). The builds
 * leave them out; the tests read the sources, where they stay.
 */
const stripKnowledgeNotes = {
  name: 'valtuusapu-strip-knowledge-notes',
  transform(code: string, id: string) {
    if (!/\/src\/core\/knowledge\/[^/]+\.ts$/.test(id)) return null
    return { code: code.replace(/\b(note|event): ("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`]*`),?/g, ''), map: null }
  },
}

export default defineConfig({
  plugins: [
    preact(),
    underVitest ? null : stripKnowledgeNotes,
    underVitest || extraBuild ? null : crx({ manifest: manifestFor(browser), browser }),
  ],
  build: {
    outDir: `dist/${browser}`,
    emptyOutDir: !extraBuild,
    target: 'es2022',
    // CRXJS builds the popup and the background from the manifest.
    rollupOptions: portfolioBuild
      ? { input: { portfolio: 'src/extension/portfolio/index.html' } }
      : {
          // The popup's language chunks have fixed names, so that public/popup-prefetch.js (not
          // part of the build) can start loading the right one before the popup's code runs.
          output: { chunkFileNames: (chunk) => (POPUP_LANGUAGE.test(chunk.facadeModuleId ?? '') ? `assets/${POPUP_LANGUAGE_CHUNK}[name].js` : 'assets/[name]-[hash].js') },
        },
    // The manifest's build copies public/; the portfolio's must not copy it again.
    copyPublicDir: !extraBuild,
    lib: contentBuild
      ? { entry: 'src/extension/content/index.ts', formats: ['iife'], name: 'valtuusapuContent', fileName: () => CONTENT_SCRIPT }
      : skeletonBuild
        ? { entry: 'src/extension/skeleton/index.ts', formats: ['iife'], name: 'valtuusapuSkeleton', fileName: () => SKELETON_SCRIPT }
        : undefined,
    minify: contentBuild || skeletonBuild ? true : undefined,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          // Checks of the built extension (run after `npm run build`).
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          // Each file drives its own Chromium; two cores cannot run several at once reliably.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // Debian firefox-esr over WebDriver BiDi with dist/firefox as a temporary add-on.
          name: 'firefox',
          include: ['test/firefox/**/*.firefox.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
})
