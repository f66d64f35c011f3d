/** The manifest's host permissions, asked for again when Firefox lacks them
 * (test/unit/extension/popup/host-origins.test.ts keeps them equal to manifest.json). */
export const HOST_ORIGINS = ['https://*.kela.fi/*', 'https://*.suomi.fi/*']
