/** The built content script the background injects: one standalone file (scripts/build.mjs, vite.config.ts), no web-accessible resources. */
export const CONTENT_SCRIPT = 'src/extension/content/index.js'
