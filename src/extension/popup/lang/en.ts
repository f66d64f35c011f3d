// The popup in English: its UI strings and the diagnosis texts, one chunk loaded on
// demand (../language.ts), so the popup carries one language, not three.
import { en as pack } from '../../../core/diagnosis/lang/en.ts'
import { en as messages } from '../../ui/i18n/en.ts'

export const language = { messages, pack }
