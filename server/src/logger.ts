import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'katilim' },
    redact: { paths: ['password', '*.password', 'req.headers.cookie', 'token', '*.token'], censor: '[redacted]' },
  });
}
