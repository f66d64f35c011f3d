// npm run skeleton-vocabulary: writes src/core/skeleton/vocabulary.ts (vocabulary-sources.ts says from what).
import { writeFileSync } from 'node:fs'
import { buildVocabulary, vocabularyModule } from './vocabulary-sources.ts'

const words = buildVocabulary()
writeFileSync('src/core/skeleton/vocabulary.ts', vocabularyModule(words))
console.log(`src/core/skeleton/vocabulary.ts: ${words.length} words`)
