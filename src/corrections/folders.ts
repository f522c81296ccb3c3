/** The project's folders of corrections files and cleaned texts, relative to its root. */
export const CORRECTIONS_DIR = 'corrections'
export const CLEANED_DIR = 'cleaned'
