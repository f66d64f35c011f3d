// The part of papaparse 5.7's API the CSV import uses. papaparse ships no types; a local
// declaration of these few members saves a dependency (@types/papaparse) for four signatures.
declare module 'papaparse' {
  interface ParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch'
    code: string
    message: string
    row?: number
    index?: number
  }
  interface ParseMeta {
    delimiter: string
    linebreak: string
    aborted: boolean
    truncated: boolean
    /** Characters consumed so far: after a step, where the next row starts. */
    cursor: number
  }
  interface StepResult {
    data: string[]
    errors: ParseError[]
    meta: ParseMeta
  }
  interface Parser {
    abort(): void
  }
  interface ParseConfig {
    delimiter?: string
    newline?: string
    quoteChar?: string
    escapeChar?: string
    /** Parse at most this many rows. */
    preview?: number
    step?: (results: StepResult, parser: Parser) => void
  }
  function parse(input: string, config: ParseConfig): void
  const Papa: { parse: typeof parse }
  export default Papa
}
