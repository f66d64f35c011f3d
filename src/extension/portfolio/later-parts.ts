// The parts of the page loaded after its first paint (App.tsx imports this module dynamically):
// a client's details and the tools under the matrix. Their code, the CSV parser among it, is not
// needed to show the matrix; nor is the diagnosis with its texts in three languages (the matrix
// needs only the verdicts and finding ids, core triage()), which only a client's details use.
export { BackupSection } from './BackupSection.tsx'
export { AddClient } from './clients/AddClient.tsx'
export { ClientDetails } from './clients/ClientDetails.tsx'
export { CsvImport } from './csv/CsvImport.tsx'
