import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'katilim_session';
/**
 * Marks a browser that has logged in to an account before (OWASP "device cookies"): log-in from it
 * is spared the lockouts a flood from its network causes. Only sent to /graphql, never cross-site.
 */
export const DEVICE_COOKIE = 'katilim_device';

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return decodeURIComponent(part.slice(index + 1).trim());
  }
  return undefined;
}

export function setSessionCookie(res: Response, token: string, expiresAt: Date, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

export function setDeviceCookie(res: Response, token: string, expiresAt: Date, secure: boolean): void {
  res.cookie(DEVICE_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/graphql', expires: expiresAt });
}
