export const linkClass =
  "underline-offset-4 hover:text-blue-950";

/** Only http(s) addresses become links: a city's text must never become a `javascript:` or `data:` link. */
export function safeHttpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/;

/** A contact the city gave as an email address or a web address: a link to it, or plain text. */
export function ContactLink({ value }: { value: string }) {
  const url = safeHttpUrl(value);
  if (url) {
    return (
      <a href={url} className={`${linkClass} break-all`}>
        {value}
      </a>
    );
  }
  if (EMAIL.test(value)) {
    return (
      <a href={`mailto:${value}`} className={`${linkClass} break-all`}>
        {value}
      </a>
    );
  }
  return <span className="break-all">{value}</span>;
}
