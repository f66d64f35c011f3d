// "What are you trying to do?": the theme the task needs, from the service's Kela themes, or
// typed as Valtuudet shows it.
import { useState } from 'preact/hooks'
import type { ServiceId } from '../../../core/contract/ids.ts'
import { useI18n } from '../../ui/i18n/index.ts'
import { QuestionFrame, RadioOptions, type QuestionFrameProps } from './QuestionFrame.tsx'
import { kelaThemes, showsFinnishNames, themeLabel } from './themes.ts'

const OTHER = '\u0000other'

export function TaskQuestion({ service, initial, onAnswer, ...frame }: Pick<QuestionFrameProps, 'id' | 'legend' | 'focusOnMount'> & {
  service: ServiceId | undefined
  initial?: string
  onAnswer: (theme: string) => void
}) {
  const { lang, t } = useI18n()
  const themes = kelaThemes(service, lang)
  const names = themes.map((theme) => theme.value)
  const [choice, setChoice] = useState<string | undefined>(initial === undefined ? undefined : names.includes(initial) ? initial : OTHER)
  const [other, setOther] = useState(initial !== undefined && !names.includes(initial) ? initial : '')
  const [error, setError] = useState<string | null>(null)
  return (
    <QuestionFrame
      {...frame}
      error={error}
      onSubmit={() => {
        const theme = choice === OTHER ? other.trim() : choice
        if (!theme || theme.length > 300) setError(t('themeRequired'))
        else onAnswer(theme)
      }}
    >
      {showsFinnishNames(service, lang) && <p class="field-hint">{t('themeNamesInFinnish')}</p>}
      <RadioOptions
        name={frame.id}
        options={[...themes.map((theme) => ({ value: theme.value, label: themeLabel(theme, t) })), { value: OTHER, label: t('taskOther') }]}
        value={choice}
        onChange={(next) => { setChoice(next); setError(null) }}
      />
      {choice === OTHER && (
        <input
          class="text-input"
          type="text"
          aria-label={t('taskOther')}
          value={other}
          maxLength={300}
          onInput={(event) => { setOther(event.currentTarget.value); setError(null) }}
        />
      )}
    </QuestionFrame>
  )
}
