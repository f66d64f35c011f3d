// npm run --silent explain -- CASE.json  (or "-" for stdin)
// Prints the diagnosis (contract §2) as JSON on stdout: the same code the extension runs.
// Exit 0 on success; 2 on invalid input, with every problem on stderr naming its field.
import { readFileSync } from 'node:fs'
import { diagnose, parseCaseText } from '../core/diagnosis/index.ts'

function fail(lines: string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`)
  process.exit(2)
}

const file = process.argv[2]
if (file === undefined || process.argv.length > 3) fail(['usage: npm run --silent explain -- CASE.json   (- reads stdin)'])

let text: string
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8')
} catch (error) {
  fail([`cannot read ${file}: ${(error as Error).message}`])
}

const parsed = parseCaseText(text)
if (!parsed.ok) fail(['invalid case:', ...parsed.errors.map((error) => `  ${error}`)])
process.stdout.write(`${JSON.stringify(diagnose(parsed.case), null, 2)}\n`)
