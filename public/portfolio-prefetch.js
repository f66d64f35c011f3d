// The client portfolio page's first script (src/extension/portfolio/index.html), a classic one
// that runs while the page's modules are still loading: it asks storage.local for the stored
// list at once, so the answer (about 20 ms for 2,000 clients) is there when the page's code
// wants it. Plain JavaScript in public/ because Vite would merge a module into the page's bundle
// and run it after the shared code. The keys are PREFETCH_KEYS in
// src/extension/portfolio/prefetch-keys.ts (a unit test keeps them equal).
'use strict'
{
  performance.mark('valtuusapu:portfolio-prefetch')
  const api = globalThis.browser ?? globalThis.chrome
  globalThis.__valtuusapuPrefetch = api?.storage?.local?.get(['portfolio', 'portfolio:damaged', 'portfolio:revision'])
}
