// Accounts: registration, email verification, log-in with rate limits, sessions, password reset,
// profile and roles. Every multi-step write is one transaction with its audit entry and its mail.
import type { Config } from '../../config.ts';
import type { Actor } from '../../context.ts';
import { NotFoundError } from '../../errors.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import type { Role } from '../../generated/prisma/enums.ts';
import type { Locale } from '../../i18n/messages.ts';
import { foldForSearch } from '../../text.ts';
import { audit } from '../audit/service.ts';
import { recordConsent } from '../consent/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { enqueueEmail } from '../notifications/outbox.ts';
import { rateLimitKey, takeRateLimit } from '../rate-limits/service.ts';
import {
  EmailNotVerifiedError,
  EmailTakenError,
  InvalidCredentialsError,
  LastAdminError,
  TokenInvalidError,
  TooManyAttemptsError,
  TooManyRequestsError,
} from './errors.ts';
import { hashPassword, hashToken, newToken, verifyPassword } from './secrets.ts';
import type { RegisterInput, UpdateProfileInput } from './validation.ts';

export type AccountsSettings = {
  publicUrl: string;
  sessionTtlHours: number;
  maxFailuresPerAccount: number;
  maxFailuresPerIp: number;
  windowMinutes: number;
  maxFailuresPerDevice: number;
  trustedDeviceDays: number;
  mailMaxPerAddress: number;
  mailMaxPerIp: number;
  mailWindowMinutes: number;
};

let settings: AccountsSettings = {
  publicUrl: 'http://localhost:4000',
  sessionTtlHours: 24 * 14,
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 30,
  windowMinutes: 15,
  maxFailuresPerDevice: 5,
  trustedDeviceDays: 180,
  mailMaxPerAddress: 3,
  mailMaxPerIp: 50,
  mailWindowMinutes: 60,
};

/** The address people use, for links in mail from any module. */
export function publicUrl(): string {
  return settings.publicUrl;
}

export function configureAccounts(next: AccountsSettings): void {
  settings = next;
}

/** The settings a configuration asks for; publicUrl differs when the port is known only after listening. */
export function accountsSettingsOf(config: Config, publicUrl = config.publicUrl): AccountsSettings {
  return {
    publicUrl,
    sessionTtlHours: config.SESSION_TTL_HOURS,
    maxFailuresPerAccount: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    maxFailuresPerIp: config.LOGIN_MAX_FAILURES_PER_IP,
    windowMinutes: config.LOGIN_WINDOW_MINUTES,
    maxFailuresPerDevice: config.LOGIN_MAX_FAILURES_PER_DEVICE,
    trustedDeviceDays: config.TRUSTED_DEVICE_DAYS,
    mailMaxPerAddress: config.MAIL_MAX_PER_ADDRESS,
    mailMaxPerIp: config.MAIL_MAX_PER_IP,
    mailWindowMinutes: config.MAIL_WINDOW_MINUTES,
  };
}

/**
 * Mail anyone can make us send (links to an address the caller types): a budget per client, over
 * which the caller is told to wait. Checked outside any transaction so concurrent requests see it.
 */
async function throttleMailFrom(ip: string | null): Promise<void> {
  const result = await takeRateLimit(rateLimitKey('mail:ip', ip ?? 'unknown'), {
    limit: settings.mailMaxPerIp,
    windowMinutes: settings.mailWindowMinutes,
  });
  if (!result.allowed) throw new TooManyRequestsError(result.retryAfterSeconds);
}

/**
 * And a budget per address, whether or not it has an account; over it no mail is queued but the
 * answer stays the same, so the limit tells nobody which addresses exist.
 */
async function mayMailTo(email: string): Promise<boolean> {
  const result = await takeRateLimit(rateLimitKey('mail:address', email), {
    limit: settings.mailMaxPerAddress,
    windowMinutes: settings.mailWindowMinutes,
  });
  return result.allowed;
}

const VERIFY_TTL_HOURS = 48;
const RESET_TTL_HOURS = 1;
const SESSION_TOUCH_MINUTES = 10;

/**
 * What a person is found by: everything, for those who may read email and phone (admins), and the
 * names alone, for staff who may not. A search never matches on a field its caller cannot read.
 */
export function searchTextsOf(user: { firstName: string; lastName: string; email: string; phone: string }) {
  return {
    searchText: foldForSearch(`${user.firstName} ${user.lastName} ${user.email} ${user.phone}`),
    nameSearchText: foldForSearch(`${user.firstName} ${user.lastName}`),
  };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

async function issueToken(tx: Tx, userId: string, purpose: 'VERIFY_EMAIL' | 'RESET_PASSWORD', ttlHours: number) {
  // A new link replaces the old ones: only the latest works.
  await tx.userToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: new Date() } });
  const { token, tokenHash } = newToken();
  await tx.userToken.create({
    data: { userId, purpose, tokenHash, expiresAt: new Date(Date.now() + ttlHours * 3_600_000) },
  });
  return token;
}

export async function register(input: RegisterInput, actor: Actor, requestLocale: Locale) {
  // Per client only: an address can register once, and its first verification mail must go out.
  await throttleMailFrom(actor.ip);
  const passwordHash = await hashPassword(input.password);
  const locale = input.locale ?? requestLocale;
  try {
    const user = await prisma.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          email: input.email,
          passwordHash,
          firstName: input.firstName,
          lastName: input.lastName,
          phone: input.phone,
          birthDate: new Date(`${input.birthDate}T00:00:00Z`),
          gender: input.gender ?? null,
          locale,
          districtId: input.districtId,
          ...searchTextsOf(input),
        },
      });
      const self: Actor = { ...actor, userId: actor.userId ?? created.id };
      await audit(tx, self, 'account.register', { type: 'User', id: created.id }, { districtId: input.districtId });
      await recordConsent(tx, self, { userId: created.id, purpose: 'ACCOUNT_PROCESSING', acceptedVersion: input.acceptConsentVersion });
      const token = await issueToken(tx, created.id, 'VERIFY_EMAIL', VERIFY_TTL_HOURS);
      await enqueueEmail(tx, {
        template: 'verifyEmail',
        locale,
        to: created.email,
        userId: created.id,
        params: { firstName: created.firstName, link: `${settings.publicUrl}/verify-email?token=${token}` },
      });
      return created;
    });
    notifyOutbox();
    return user;
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError();
    throw error;
  }
}

async function consumeToken(tx: Tx, token: string, purpose: 'VERIFY_EMAIL' | 'RESET_PASSWORD') {
  const record = await tx.userToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!record || record.purpose !== purpose || record.usedAt || record.expiresAt < new Date()) {
    throw new TokenInvalidError();
  }
  // Conditional update: two clicks on the same link cannot both succeed.
  const { count } = await tx.userToken.updateMany({ where: { id: record.id, usedAt: null }, data: { usedAt: new Date() } });
  if (count !== 1) throw new TokenInvalidError();
  return record;
}

export async function verifyEmail(token: string, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const record = await consumeToken(tx, token, 'VERIFY_EMAIL');
    const user = await tx.user.update({ where: { id: record.userId }, data: { emailVerifiedAt: new Date() } });
    await audit(tx, { ...actor, userId: actor.userId ?? user.id }, 'account.verifyEmail', { type: 'User', id: user.id });
    return user;
  });
}

/** Always answers the same, whether or not the address has an account. */
export async function resendVerification(email: string, actor: Actor): Promise<void> {
  await throttleMailFrom(actor.ip);
  if (!(await mayMailTo(email))) return;
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email } });
    if (!user || user.emailVerifiedAt) return;
    const token = await issueToken(tx, user.id, 'VERIFY_EMAIL', VERIFY_TTL_HOURS);
    await enqueueEmail(tx, {
      template: 'verifyEmail',
      locale: user.locale,
      to: user.email,
      userId: user.id,
      params: { firstName: user.firstName, link: `${settings.publicUrl}/verify-email?token=${token}` },
    });
    await audit(tx, actor, 'account.resendVerification', { type: 'User', id: user.id });
  });
  notifyOutbox();
}

async function failuresSince(where: { email: string } | { ip: string }, since: Date): Promise<{ count: number; oldest: Date | null }> {
  const lastSuccess = 'email' in where
    ? await prisma.loginAttempt.findFirst({ where: { ...where, succeeded: true, createdAt: { gte: since } }, orderBy: { createdAt: 'desc' }, select: { createdAt: true } })
    : null;
  const from = lastSuccess?.createdAt ?? since;
  const agg = await prisma.loginAttempt.aggregate({
    where: { ...where, succeeded: false, trusted: false, createdAt: { gt: from } },
    _count: { _all: true },
    _min: { createdAt: true },
  });
  return { count: agg._count._all, oldest: agg._min.createdAt };
}

/**
 * Lets an attempt from an untrusted client through the per-account and per-IP limits, or refuses
 * it. The attempt is written first (as a failure until proven otherwise) and counted after, so of
 * any number of simultaneous attempts at most the limit get to check a password. A refused attempt
 * is taken back: it checked nothing, and must not push the lockout further out.
 */
async function admitUntrusted(email: string, ip: string): Promise<bigint> {
  const attempt = await prisma.loginAttempt.create({ data: { email, ip, succeeded: false }, select: { id: true } });
  const windowStart = new Date(Date.now() - settings.windowMinutes * 60_000);
  const [byAccount, byIp] = await Promise.all([failuresSince({ email }, windowStart), failuresSince({ ip }, windowStart)]);
  const blocked = [
    byAccount.count > settings.maxFailuresPerAccount ? byAccount.oldest : null,
    byIp.count > settings.maxFailuresPerIp ? byIp.oldest : null,
  ].filter((d): d is Date => d !== null);
  if (!blocked.length) return attempt.id;
  await prisma.loginAttempt.delete({ where: { id: attempt.id } });
  const unblockAt = Math.max(...blocked.map((d) => d.getTime() + settings.windowMinutes * 60_000));
  throw new TooManyAttemptsError(Math.ceil((unblockAt - Date.now()) / 1000));
}

/**
 * A device cookie earlier given to this account's browser (OWASP "device cookies") spares the
 * attempt the lockouts. It has a failure budget of its own, reserved here in one conditional
 * update so that simultaneous attempts cannot overspend it; spent, the device is trusted no more.
 */
async function claimTrustedDevice(deviceToken: string | null, userId: string | undefined): Promise<string | null> {
  if (!deviceToken || !userId) return null;
  const tokenHash = hashToken(deviceToken);
  const { count } = await prisma.trustedDevice.updateMany({
    where: { tokenHash, userId, expiresAt: { gt: new Date() }, failures: { lt: settings.maxFailuresPerDevice } },
    data: { failures: { increment: 1 }, lastUsedAt: new Date() },
  });
  return count === 1 ? tokenHash : null;
}

/** A new device cookie for the account; the old one the browser held (if any) and expired ones go. */
async function trustDevice(userId: string, replacedToken: string | null) {
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(Date.now() + settings.trustedDeviceDays * 24 * 3_600_000);
  await prisma.$transaction([
    prisma.trustedDevice.deleteMany({
      where: {
        userId,
        OR: [{ expiresAt: { lt: new Date() } }, ...(replacedToken ? [{ tokenHash: hashToken(replacedToken) }] : [])],
      },
    }),
    prisma.trustedDevice.create({ data: { tokenHash, userId, expiresAt } }),
  ]);
  return { token, expiresAt };
}

/**
 * Checks the password and opens a session. Failures are counted per account and per IP over a
 * sliding window kept in the database, so every server behind the load balancer agrees. A browser
 * that logged in to the account before (its device cookie) is not subject to those lockouts, so a
 * flood from the owner's network cannot lock the owner out.
 */
export async function logIn(email: string, password: string, meta: { ip: string; userAgent: string | null; deviceToken: string | null }) {
  const user = await prisma.user.findUnique({ where: { email } });
  const trustedDevice = await claimTrustedDevice(meta.deviceToken, user?.id);
  const attemptId = trustedDevice
    ? (await prisma.loginAttempt.create({ data: { email, ip: meta.ip, succeeded: false, trusted: true }, select: { id: true } })).id
    : await admitUntrusted(email, meta.ip);

  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok) throw new InvalidCredentialsError();
  await prisma.loginAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
  // The right password gives the device its budget back.
  if (trustedDevice) await prisma.trustedDevice.updateMany({ where: { tokenHash: trustedDevice }, data: { failures: 0 } });
  if (!user.emailVerifiedAt) throw new EmailNotVerifiedError();

  const { token, tokenHash } = newToken();
  const expiresAt = new Date(Date.now() + settings.sessionTtlHours * 3_600_000);
  await prisma.$transaction(async (tx) => {
    const session = await tx.session.create({
      data: { tokenHash, userId: user.id, expiresAt, ip: meta.ip, userAgent: meta.userAgent?.slice(0, 300) ?? null },
    });
    await audit(tx, { userId: user.id, requestId: '', ip: meta.ip }, 'session.start', { type: 'Session', id: session.id });
  });
  const device = trustedDevice ? null : await trustDevice(user.id, meta.deviceToken);
  return { user, token, expiresAt, device };
}

export async function logOut(sessionId: string, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.session.deleteMany({ where: { id: sessionId } });
    await audit(tx, actor, 'session.end', { type: 'Session', id: sessionId });
  });
}

/** The person behind a session cookie, or null when it is unknown or expired. */
export async function sessionViewer(token: string) {
  // Every request asks this: the session, its person and their roles in one statement (one round trip).
  const session = await prisma.session.findUnique({
    relationLoadStrategy: 'join',
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      expiresAt: true,
      lastSeenAt: true,
      user: { select: { id: true, emailVerifiedAt: true, locale: true, roles: { select: { role: true } } } },
    },
  });
  if (!session || session.expiresAt < new Date()) return null;
  if (Date.now() - session.lastSeenAt.getTime() > SESSION_TOUCH_MINUTES * 60_000) {
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date() } });
  }
  return {
    id: session.user.id,
    sessionId: session.id,
    locale: session.user.locale,
    emailVerified: session.user.emailVerifiedAt !== null,
    roles: new Set<Role>(session.user.roles.map((r) => r.role)),
  };
}

/** Always answers the same, whether or not the address has an account. */
export async function requestPasswordReset(email: string, actor: Actor): Promise<void> {
  await throttleMailFrom(actor.ip);
  if (!(await mayMailTo(email))) return;
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email } });
    if (!user) return;
    const token = await issueToken(tx, user.id, 'RESET_PASSWORD', RESET_TTL_HOURS);
    await enqueueEmail(tx, {
      template: 'resetPassword',
      locale: user.locale,
      to: user.email,
      userId: user.id,
      params: { firstName: user.firstName, link: `${settings.publicUrl}/reset-password?token=${token}` },
    });
    await audit(tx, actor, 'account.requestPasswordReset', { type: 'User', id: user.id });
  });
  notifyOutbox();
}

/** Sets a new password and ends every session of the account (log out everywhere). */
export async function resetPassword(token: string, password: string, actor: Actor): Promise<void> {
  const passwordHash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    const record = await consumeToken(tx, token, 'RESET_PASSWORD');
    // Reaching the link proves the mailbox, so an unverified address becomes verified too.
    const user = await tx.user.update({ where: { id: record.userId }, data: { passwordHash } });
    if (!user.emailVerifiedAt) await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await audit(tx, { ...actor, userId: actor.userId ?? user.id }, 'account.resetPassword', { type: 'User', id: user.id });
  });
}

export async function updateProfile(userId: string, input: UpdateProfileInput, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    const user = await tx.user.update({
      where: { id: userId },
      data: {
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone,
        districtId: input.districtId,
        gender: input.gender ?? null,
        locale: input.locale,
        ...searchTextsOf({ ...input, email: before.email }),
      },
    });
    const changed = (['firstName', 'lastName', 'phone', 'districtId', 'gender', 'locale'] as const).filter(
      (field) => before[field] !== user[field],
    );
    await audit(tx, actor, 'account.updateProfile', { type: 'User', id: userId }, { changed });
    return user;
  });
}

async function notifyRoles(tx: Tx, userId: string) {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, include: { roles: true } });
  await enqueueEmail(tx, {
    template: 'rolesChanged',
    locale: user.locale,
    to: user.email,
    userId,
    params: { firstName: user.firstName, roles: user.roles.map((r) => r.role) },
  });
}

/**
 * Refuses to take the ADMIN role away (revocation, erasure) from the last person holding it.
 * Serialised by an advisory lock so two admins cannot remove each other at the same moment.
 */
export async function assertNotLastAdmin(tx: Tx, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('katilim.admins'))`;
  const admins = await tx.roleGrant.count({ where: { role: 'ADMIN' } });
  const isAdmin = await tx.roleGrant.count({ where: { role: 'ADMIN', userId } });
  if (isAdmin && admins <= 1) throw new LastAdminError();
}

async function assertUserExists(tx: Tx, userId: string) {
  if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw new NotFoundError();
}

export async function grantRole(userId: string, role: Role, actor: Actor) {
  const result = await prisma.$transaction(async (tx) => {
    await assertUserExists(tx, userId);
    const existing = await tx.roleGrant.findUnique({ where: { userId_role: { userId, role } } });
    if (existing) return tx.user.findUniqueOrThrow({ where: { id: userId } });
    await tx.roleGrant.create({ data: { userId, role, grantedById: actor.userId } });
    await audit(tx, actor, 'role.grant', { type: 'User', id: userId }, { role });
    await notifyRoles(tx, userId);
    return tx.user.findUniqueOrThrow({ where: { id: userId } });
  });
  notifyOutbox();
  return result;
}

export async function revokeRole(userId: string, role: Role, actor: Actor) {
  const result = await prisma.$transaction(async (tx) => {
    await assertUserExists(tx, userId);
    if (role === 'ADMIN') await assertNotLastAdmin(tx, userId);
    const { count } = await tx.roleGrant.deleteMany({ where: { userId, role } });
    if (count) {
      await audit(tx, actor, 'role.revoke', { type: 'User', id: userId }, { role });
      await notifyRoles(tx, userId);
    }
    return tx.user.findUniqueOrThrow({ where: { id: userId } });
  });
  notifyOutbox();
  return result;
}
