/** The popup's language chunks are assets/<this><lang>.js: vite.config.ts names them so, and
 * public/popup-prefetch.js starts loading one by that name before the popup's code runs. */
export const POPUP_LANGUAGE_CHUNK = 'popup-lang-'
