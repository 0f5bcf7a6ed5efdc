/**
 * Zod schemas shared by forms and actions carry message keys ("settings.validation.nameTooShort")
 * instead of text, because the same schema runs on the server and in the browser and the
 * language is the person's. The form translates a key with the `validation` messages its page
 * passed down; anything else (a message from elsewhere) is shown as it is.
 */
export function issueText(message: string | undefined, validation: Record<string, string>): string | undefined {
  if (!message) return undefined;
  const marker = ".validation.";
  const at = message.indexOf(marker);
  if (at === -1) return message;
  return validation[message.slice(at + marker.length)] ?? message;
}
