// The three language packs together, for diagnose() (the CLI, tests, the portfolio). A page
// with a size budget imports only the pack of the language it shows (../engine.ts).
import type { Lang } from '../../contract/ids.ts'
import { en } from './en.ts'
import { fi } from './fi.ts'
import type { LanguagePack } from './pack.ts'
import { sv } from './sv.ts'

export const LANGUAGE_PACKS: Record<Lang, LanguagePack> = { fi, sv, en }
