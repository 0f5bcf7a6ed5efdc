import { defineMessages } from "../define";

export const dashboard = defineMessages({
  en: {},
  nl: {},
});
