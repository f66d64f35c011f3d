// Choosing a file: a real <input type="file"> (keyboard and screen readers know it), inside a
// zone that also takes a file dragged from the desktop. The file is read in the page; nothing is
// uploaded anywhere.
import { useId, useState } from 'preact/hooks'
import type { JSX } from 'preact'
import { usePortfolioText } from './i18n/index.ts'

export function FilePicker({ label, hint, accept, disabled, onFile, testId }: {
  label: string
  hint: string
  accept: string
  disabled?: boolean
  onFile: (file: File) => void
  testId: string
}) {
  const { pt } = usePortfolioText()
  const id = useId()
  const [dragging, setDragging] = useState(false)

  function take(files: FileList | null | undefined, reset?: HTMLInputElement) {
    const file = files?.[0]
    if (file && !disabled) onFile(file)
    // The same file chosen again must still fire a change.
    if (reset) reset.value = ''
  }

  function over(event: JSX.TargetedDragEvent<HTMLDivElement>) {
    event.preventDefault()
    if (!disabled) setDragging(true)
  }

  return (
    <div
      class={`drop-zone${dragging ? ' is-dragging' : ''}`}
      onDragOver={over}
      onDragEnter={over}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault()
        setDragging(false)
        take(event.dataTransfer?.files)
      }}
      data-testid={`${testId}-zone`}
    >
      <label class="field-label" for={id}>{label}</label>
      <p class="field-hint" id={`${id}-hint`}>{hint} {pt('dropHint')}</p>
      <input id={id} type="file" accept={accept} disabled={disabled} aria-describedby={`${id}-hint`} onChange={(event) => take(event.currentTarget.files, event.currentTarget)} data-testid={testId} />
    </div>
  )
}
