import { defineMessages } from "../define";

export const framework = defineMessages({
  en: {},
  nl: {},
});
