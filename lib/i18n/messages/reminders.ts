import { defineMessages } from "../define";

export const reminders = defineMessages({
  en: {},
  nl: {},
});
