import type { Role } from './generated/prisma/enums.ts';
import type { Locale } from './i18n/messages.ts';
import type { Logger } from './logger.ts';

/** The logged-in person behind a request. */
export type Viewer = {
  id: string;
  sessionId: string;
  roles: ReadonlySet<Role>;
  emailVerified: boolean;
};

/** Who did a write and from where: what the audit log records. Services take this, not the context. */
export type Actor = { userId: string | null; requestId: string; ip: string | null };

export type Context = {
  viewer: Viewer | null;
  locale: Locale;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  log: Logger;
  /**
   * Records this request proved it owns (just registered, verified or logged in to) although no
   * session names it yet: their own personal fields may be returned in the same response.
   */
  ownedUserIds: Set<string>;
  /** The trusted-device cookie the browser sent, if any (see http/cookies.ts). */
  deviceToken: string | null;
  session: {
    /** Sets the httpOnly session cookie on the response. */
    start: (token: string, expiresAt: Date) => void;
    end: () => void;
    /** Sets the httpOnly trusted-device cookie on the response. */
    trustDevice: (token: string, expiresAt: Date) => void;
  };
};

export function actorOf(ctx: Context): Actor {
  return { userId: ctx.viewer?.id ?? null, requestId: ctx.requestId, ip: ctx.ip };
}

export function hasRole(ctx: Context, role: Role): boolean {
  return ctx.viewer?.roles.has(role) ?? false;
}

/**
 * The staff rule: programme work (recruitment, interviews, trainings) needs the COORDINATOR role.
 * Fields use the builder's `staff` scope, which is this; call it only where a resolver must filter.
 */
export function isStaff(viewer: Viewer | null): boolean {
  return viewer?.roles.has('COORDINATOR') ?? false;
}
