import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Personal data must never reach the logs (DESIGN §7), so any field that could hold it is
 * redacted wherever it appears in a logged object, and variables are never logged whole.
 */
const PII_PATHS = [
  'nationalIdNumber', 'dateOfBirth', 'phone', 'email', 'address', 'applicantName', 'applicantIdNumber',
  '*.nationalIdNumber', '*.dateOfBirth', '*.phone', '*.email', '*.address', '*.applicantName', '*.applicantIdNumber',
  'variables', '*.variables', 'req.headers.authorization', 'headers.authorization', 'authorization',
];

export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: { paths: PII_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
