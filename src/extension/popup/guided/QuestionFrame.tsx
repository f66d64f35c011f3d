// The frame every question shares: a form whose fieldset's legend is the question, an error
// line tied to the fieldset, and the submit button. The heading takes focus when a new question
// appears after an answer, so keyboard and screen-reader users land on it.
import type { ComponentChildren } from 'preact'
import { useEffect, useRef } from 'preact/hooks'
import type { QuestionId } from '../../../core/contract/result.ts'
import { Button } from '../../ui/components.tsx'
import { useI18n } from '../../ui/i18n/index.ts'

export interface QuestionFrameProps {
  id: QuestionId
  legend: string
  error: string | null
  onSubmit: () => void
  focusOnMount: boolean
  submitLabel?: string
  /** Buttons next to the submit button (e.g. "I see no mandates"). */
  extraActions?: ComponentChildren
  children: ComponentChildren
}

export function QuestionFrame({ id, legend, error, onSubmit, focusOnMount, submitLabel, extraActions, children }: QuestionFrameProps) {
  const { t } = useI18n()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (focusOnMount) heading.current?.focus()
  }, [])
  const errorId = `question-${id}-error`
  return (
    <form
      class="question"
      data-testid={`question-${id}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit()
      }}
    >
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend>
          <h3 ref={heading} tabIndex={-1} class="question-title">{legend}</h3>
        </legend>
        {children}
      </fieldset>
      {error && <p id={errorId} class="field-error" role="alert">{error}</p>}
      <div class="question-actions">
        <Button type="submit">{submitLabel ?? t('next')}</Button>
        {extraActions}
      </div>
    </form>
  )
}

export interface Option<T extends string> {
  value: T
  label: string
}

/** Radio buttons named by the question id; arrow keys move between them, as in any radio group. */
export function RadioOptions<T extends string>({ name, options, value, onChange }: {
  name: string
  options: Option<T>[]
  value: T | undefined
  onChange: (value: T) => void
}) {
  return (
    <div class="choices">
      {options.map((option) => (
        <label key={option.value} class="choice">
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  )
}
