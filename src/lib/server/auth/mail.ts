/**
 * Outgoing e-mail, only where an SMTP server is configured: `SMTP_URL` (e.g.
 * `smtps://user:pass@mail.example.vn:465` or `smtp://mail.example.vn:587`, STARTTLS when offered) and
 * `SMTP_FROM` for the sender. Without them the app sends nothing and says so where it matters.
 */
import nodemailer from 'nodemailer';

export interface MailMessage {
	to: string;
	subject: string;
	text: string;
}

export type SendMail = (message: MailMessage) => Promise<void>;

let cached: { url: string; send: SendMail } | null = null;

/** The configured sender, or null without `SMTP_URL`. One transport per URL, reused. */
export function smtpMailer(env = process.env): SendMail | null {
	const url = env.SMTP_URL;
	if (!url) return null;
	if (cached?.url !== url) {
		const transport = nodemailer.createTransport(url);
		const from = env.SMTP_FROM ?? 'hoithi <no-reply@localhost>';
		cached = { url, send: async (message) => void (await transport.sendMail({ from, ...message })) };
	}
	return cached.send;
}
