/** "e-service for employers" -> "E-service for employers": names from the knowledge base are lower case mid-sentence, labels start with a capital. */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
