// A question answered by typing: a Y-tunnus or a workplace number, checked before it is used.
import { useState } from 'preact/hooks'
import { QuestionFrame, type QuestionFrameProps } from './QuestionFrame.tsx'

export function TextQuestion({ label, hint, initial, parse, onAnswer, ...frame }: Pick<QuestionFrameProps, 'id' | 'legend' | 'focusOnMount'> & {
  label: string
  hint?: string
  initial?: string
  /** The value to use, or the error message to show. */
  parse: (raw: string) => { value: string } | { error: string }
  onAnswer: (value: string) => void
}) {
  const [raw, setRaw] = useState(initial ?? '')
  const [error, setError] = useState<string | null>(null)
  const inputId = `answer-${frame.id}`
  const hintId = `${inputId}-hint`
  return (
    <QuestionFrame
      {...frame}
      error={error}
      onSubmit={() => {
        const parsed = parse(raw)
        if ('error' in parsed) setError(parsed.error)
        else onAnswer(parsed.value)
      }}
    >
      <label for={inputId} class="field-label">{label}</label>
      {hint && <p id={hintId} class="field-hint">{hint}</p>}
      <input
        id={inputId}
        class="text-input"
        type="text"
        autoComplete="off"
        spellcheck={false}
        value={raw}
        aria-describedby={hint ? hintId : undefined}
        aria-invalid={error ? true : undefined}
        onInput={(event) => { setRaw(event.currentTarget.value); setError(null) }}
      />
    </QuestionFrame>
  )
}
