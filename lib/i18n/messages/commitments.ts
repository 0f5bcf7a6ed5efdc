import { defineMessages } from "../define";

export const commitments = defineMessages({
  en: {},
  nl: {},
});
