/** The name of the sheet the export writes and the import looks for first (else it reads the first sheet). */
export const SHEET_NAME = "Commitments";
