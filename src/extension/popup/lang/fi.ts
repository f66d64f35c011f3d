// The popup in Finnish: its UI strings and the diagnosis texts, one chunk loaded on
// demand (../language.ts), so the popup carries one language, not three.
import { fi as pack } from '../../../core/diagnosis/lang/fi.ts'
import { fi as messages } from '../../ui/i18n/fi.ts'

export const language = { messages, pack }
