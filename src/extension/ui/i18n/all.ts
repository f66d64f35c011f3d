// The UI strings of all three languages in one module, for tests and code without a size budget.
// The popup loads one language at a time (popup/language.ts).
import type { Lang } from '../../../core/contract/ids.ts'
import { en, type Messages } from './en.ts'
import { fi } from './fi.ts'
import { translatorOf, type Translate } from './index.ts'
import { sv } from './sv.ts'

export const MESSAGES: Record<Lang, Messages> = { fi, sv, en }

export const translator = (lang: Lang): Translate => translatorOf(MESSAGES[lang])
