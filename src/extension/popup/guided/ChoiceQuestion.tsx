// A question answered by choosing one option.
import { useState } from 'preact/hooks'
import { useI18n } from '../../ui/i18n/index.ts'
import { QuestionFrame, RadioOptions, type Option, type QuestionFrameProps } from './QuestionFrame.tsx'

export function ChoiceQuestion<T extends string>({ options, initial, onAnswer, ...frame }: Pick<QuestionFrameProps, 'id' | 'legend' | 'focusOnMount'> & {
  options: Option<T>[]
  initial?: T
  onAnswer: (value: T) => void
}) {
  const { t } = useI18n()
  const [value, setValue] = useState<T | undefined>(initial)
  const [error, setError] = useState<string | null>(null)
  return (
    <QuestionFrame
      {...frame}
      error={error}
      onSubmit={() => (value ? onAnswer(value) : setError(t('chooseOne')))}
    >
      <RadioOptions name={frame.id} options={options} value={value} onChange={(next) => { setValue(next); setError(null) }} />
    </QuestionFrame>
  )
}
