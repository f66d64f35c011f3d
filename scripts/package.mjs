// npm run package: builds both browsers with `vite build` (never a dev-server build) and writes
// store zips into dist/packages/. The zips are reproducible: files in sorted order, one fixed
// timestamp and fixed permissions, so the same inputs give the same bytes.
import { spawnSync } from 'node:child_process'
import { createWriteStream, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import yazl from 'yazl'

const FIXED_TIME = new Date('2026-01-01T00:00:00Z')
const pkg = JSON.parse(readFileSync('package.json', 'utf8'))

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

export async function zipFolder(dir, files, out) {
  const zip = new yazl.ZipFile()
  for (const file of [...files].sort()) {
    zip.addBuffer(readFileSync(join(dir, file)), file.split('\\').join('/'), { mtime: FIXED_TIME, mode: 0o100644, compress: true })
  }
  zip.end()
  await new Promise((resolve, reject) => zip.outputStream.pipe(createWriteStream(out)).on('close', resolve).on('error', reject))
  console.log(`wrote ${out}`)
}

run('node', ['scripts/build.mjs'])
for (const file of filesUnder('dist')) if (file.endsWith('.map')) throw new Error(`source map in the build: ${file}`)
mkdirSync('dist/packages', { recursive: true })
for (const browser of ['chrome', 'firefox']) {
  const dir = `dist/${browser}`
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
  if (JSON.stringify(manifest).includes('localhost')) throw new Error(`${dir} looks like a dev-server build`)
  await zipFolder(dir, filesUnder(dir).map((f) => relative(dir, f)), `dist/packages/valtuusapu-${pkg.version}-${browser}.zip`)
}
