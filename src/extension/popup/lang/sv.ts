// The popup in Swedish: its UI strings and the diagnosis texts, one chunk loaded on
// demand (../language.ts), so the popup carries one language, not three.
import { sv as pack } from '../../../core/diagnosis/lang/sv.ts'
import { sv as messages } from '../../ui/i18n/sv.ts'

export const language = { messages, pack }
