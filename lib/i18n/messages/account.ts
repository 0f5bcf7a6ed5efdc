import { defineMessages } from "../define";

export const account = defineMessages({
  en: {},
  nl: {},
});
