import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { log } from "@/lib/kernel/log";

/**
 * Outgoing mail over SMTP, configured by SMTP_HOST, SMTP_PORT (587; 465 means implicit TLS),
 * SMTP_USER, SMTP_PASSWORD and MAIL_FROM. Without SMTP_HOST and MAIL_FROM nothing is sent: the
 * caller learns `sent: false` (an invitation then shows its link to the admin) and the message's
 * link is written to the server log, so a fresh install without mail still works.
 */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export function smtpConfigured(): boolean {
  return !!process.env.SMTP_HOST?.trim() && !!process.env.MAIL_FROM?.trim();
}

const globalForMail = globalThis as unknown as { chartaMailer?: { key: string; transport: Transporter } };

function transport(): Transporter {
  const host = process.env.SMTP_HOST!.trim();
  const port = Number(process.env.SMTP_PORT ?? 587) || 587;
  const user = process.env.SMTP_USER?.trim();
  const key = `${host}:${port}:${user ?? ""}`;
  if (globalForMail.chartaMailer?.key !== key) {
    globalForMail.chartaMailer = {
      key,
      transport: nodemailer.createTransport({
        host,
        port,
        secure: port === 465,
        auth: user ? { user, pass: process.env.SMTP_PASSWORD ?? "" } : undefined,
      }),
    };
  }
  return globalForMail.chartaMailer.transport;
}

/**
 * Sends one message. Never throws: a failed send is logged and reported as `sent: false`.
 * `link` is the message's one action (invitation, reset): logged only when SMTP is not configured.
 */
export async function sendMail(message: MailMessage, opts: { link?: string } = {}): Promise<{ sent: boolean }> {
  if (!smtpConfigured()) {
    log("warn", "mail not sent: SMTP is not configured (set SMTP_HOST and MAIL_FROM)", {
      to: message.to,
      subject: message.subject,
      link: opts.link,
    });
    return { sent: false };
  }
  try {
    await transport().sendMail({ from: process.env.MAIL_FROM!.trim(), to: message.to, subject: message.subject, text: message.text });
    return { sent: true };
  } catch (err) {
    log("error", "mail could not be sent", { to: message.to, subject: message.subject, err });
    return { sent: false };
  }
}
