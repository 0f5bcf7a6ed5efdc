import { defineMessages } from "../define";

export const publicSite = defineMessages({
  en: {},
  nl: {},
});
