/**
 * Zod schemas shared by forms and actions carry message keys ("settings.validation.nameTooShort")
 * instead of text, because the same schema runs on the server and in the browser and the
 * language is the person's. A form translates a key with the texts its page passed down: either
 * by full key, or by the part after ".validation." when it was given a domain's `validation`
 * messages. Anything else is shown as it is.
 */
export function issueText(message: string | undefined, texts: Record<string, string>): string | undefined {
  if (!message) return undefined;
  if (texts[message]) return texts[message];
  const marker = ".validation.";
  const at = message.indexOf(marker);
  if (at === -1) return message;
  return texts[message.slice(at + marker.length)] ?? message;
}
