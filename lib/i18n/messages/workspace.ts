import { defineMessages } from "../define";

export const workspace = defineMessages({
  en: {},
  nl: {},
});
