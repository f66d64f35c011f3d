/** The built page skeleton script (vite.config.ts): one standalone file, injected only on the user's request. */
export const SKELETON_SCRIPT = 'src/extension/skeleton/index.js'
