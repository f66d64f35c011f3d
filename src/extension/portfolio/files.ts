// Files in and out of the page: a picked or dropped file is read in the page (FileReader through
// Blob.arrayBuffer/text); a download is a Blob URL on a temporary link, so the extension needs no
// `downloads` permission and nothing leaves the computer.
import type { DownloadFile } from './env.ts'

export async function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer())
}

export function blobDownload({ name, text, type }: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The browser has started the download by the time the click returns; a minute is generous.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** A stored value as a readable JSON file. */
export function jsonFile(name: string, value: unknown): DownloadFile {
  return { name, text: `${JSON.stringify(value, null, 1)}\n`, type: 'application/json' }
}
