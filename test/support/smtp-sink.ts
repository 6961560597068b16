// A real SMTP server on 127.0.0.1 for tests: the application talks SMTP to it exactly as it would
// to the municipality's relay, and tests read what arrived. Plain text only (no STARTTLS, no auth).
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerEnvelope } from 'smtp-server';

export type ReceivedMail = {
  envelope: { from: string | null; to: string[] };
  raw: string;
  headers: Map<string, string>;
  messageId: string | null;
  subject: string;
  to: string;
  body: string;
};

export type RejectedMail = ReceivedMail & { responseCode: number };

type Rejection = { remaining: number; responseCode: number; reply: string; match: (mail: ReceivedMail) => boolean };

export type SmtpSink = {
  url: string;
  received: ReceivedMail[];
  rejected: RejectedMail[];
  /** Answers the next `count` messages (that `match`, if given) with an SMTP error instead of 250. */
  rejectNext: (count: number, options?: { responseCode?: number; reply?: string; match?: (mail: ReceivedMail) => boolean }) => void;
  /** Resolves with the first received message (already here or still to come) that satisfies `predicate`. */
  waitFor: (predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>;
  close: () => Promise<void>;
};

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const rejected: RejectedMail[] = [];
  const rejections: Rejection[] = [];
  const waiters = new Set<(mail: ReceivedMail) => void>();

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (error) => callback(error));
      stream.on('end', () => {
        const mail = parseMail(Buffer.concat(chunks).toString('utf8'), session.envelope);
        const rejection = rejections.find((r) => r.remaining > 0 && r.match(mail));
        if (rejection) {
          rejection.remaining -= 1;
          rejected.push({ ...mail, responseCode: rejection.responseCode });
          callback(Object.assign(new Error(rejection.reply), { responseCode: rejection.responseCode }));
          return;
        }
        received.push(mail);
        for (const waiter of waiters) waiter(mail);
        callback(null, 'queued');
      });
    },
  });
  server.on('error', () => {
    // A client hanging up mid-conversation is not a test failure; assertions look at what arrived.
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    rejected,
    rejectNext: (count, options = {}) => {
      rejections.push({
        remaining: count,
        responseCode: options.responseCode ?? 451,
        reply: options.reply ?? 'Requested action aborted: try again later',
        match: options.match ?? (() => true),
      });
    },
    waitFor: (predicate, timeoutMs = 10_000) => {
      const already = received.find(predicate);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const waiter = (mail: ReceivedMail) => {
          if (!predicate(mail)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const seen = received.map((m) => `${m.to}: ${m.subject}`).join('; ') || 'nothing';
          reject(new Error(`No matching mail arrived within ${timeoutMs} ms (received: ${seen})`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Just enough RFC 5322/2045/2047 for single-part text mail: unfolded headers, encoded words, QP/base64 bodies. */
export function parseMail(raw: string, envelope?: SMTPServerEnvelope): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = split === -1 ? raw : raw.slice(0, split);
  const encodedBody = split === -1 ? '' : raw.slice(split + 4);

  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }

  const charset = /charset="?([\w-]+)"?/i.exec(headers.get('content-type') ?? '')?.[1] ?? 'utf-8';
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(encodedBody.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? quotedPrintable(encodedBody.replace(/=\r\n/g, ''))
        : Buffer.from(encodedBody, 'utf8');

  return {
    envelope: {
      from: envelope && envelope.mailFrom ? envelope.mailFrom.address : null,
      to: envelope ? envelope.rcptTo.map((r) => r.address) : [],
    },
    raw,
    headers,
    messageId: headers.get('message-id') ?? null,
    subject: headers.get('subject') ?? '',
    to: headers.get('to') ?? '',
    body: new TextDecoder(charset).decode(bytes).replace(/\r\n/g, '\n'),
  };
}

function quotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

function decodeWords(value: string): string {
  // Whitespace between two adjacent encoded words is not part of the text (RFC 2047 §6.2).
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([\w-]+)\?([BQ])\?([^?]*)\?=/gi, (_all, charset: string, kind: string, text: string) => {
      const bytes = kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : quotedPrintable(text.replace(/_/g, ' '));
      return new TextDecoder(charset).decode(bytes);
    });
}
