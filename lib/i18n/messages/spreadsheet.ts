import { defineMessages } from "../define";

export const spreadsheet = defineMessages({
  en: {},
  nl: {},
});
