// Reproducible zips: files in sorted order, one fixed timestamp, fixed permissions, so the same
// inputs give the same bytes (yazl writes no other varying metadata).
import { createWriteStream, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import yazl from 'yazl'

const FIXED_TIME = new Date('2026-01-01T00:00:00Z')

export function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** Zips `files` (paths relative to `dir`) into `out`. */
export async function zipFiles(dir, files, out) {
  const zip = new yazl.ZipFile()
  for (const file of [...files].map((f) => f.split('\\').join('/')).sort()) {
    zip.addBuffer(readFileSync(join(dir, file)), file, { mtime: FIXED_TIME, mode: 0o100644, compress: true })
  }
  zip.end()
  await new Promise((resolve, reject) => zip.outputStream.pipe(createWriteStream(out)).on('close', resolve).on('error', reject))
}

export const zipFolder = (dir, out) => zipFiles(dir, filesUnder(dir).map((f) => relative(dir, f)), out)
