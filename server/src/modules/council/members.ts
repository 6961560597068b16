// Council members: children recorded with their guardian and a consent per purpose, consents given
// and withdrawn (with their effect at once), moves, leaving, elections, the audited contact read and
// erasure on paper. Services take an Actor; callers have been authorized by the schema (policy.ts).
import { createHash } from 'node:crypto';
import { ageOn } from '@katilim/schema/age';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import type { ConsentPurpose, CouncilLeaveReason, CouncilPosition, Gender, Locale } from '../../generated/prisma/enums.ts';
import { foldForSearch } from '../../text.ts';
import { audit } from '../audit/service.ts';
import {
  CouncilAgeOutOfBandError,
  CouncilCommitteeArchivedError,
  CouncilConsentUnchangedError,
  CouncilMemberLeftError,
  CouncilMemberNotActiveError,
  CouncilOtherTermError,
  CouncilScanInvalidError,
  CouncilScanMissingError,
} from './errors-members.ts';
import { MAX_SCAN_BYTES } from './validation-members.ts';

export type ScanInput = { base64: string };
export type ConsentInput = { purpose: ConsentPurpose; givenOn: string; scan: ScanInput | null };
export type GuardianInput = { firstName: string; lastName: string; relationship: string; phone: string; email: string | null; locale: Locale };
export type ChildFields = {
  committeeId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  gender: Gender | null;
  school: string;
  districtId: number;
  email: string | null;
  phone: string | null;
};

const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** A scan's kind by its first bytes: the name and type the browser sent prove nothing. */
export function readScan(scan: ScanInput): { bytes: Uint8Array<ArrayBuffer>; mimeType: string; sha256: string } {
  const bytes = new Uint8Array(Buffer.from(scan.base64, 'base64'));
  if (bytes.length === 0 || bytes.length > MAX_SCAN_BYTES) throw new CouncilScanInvalidError();
  const starts = (...sig: number[]) => sig.every((byte, index) => bytes[index] === byte);
  const mimeType = starts(0x25, 0x50, 0x44, 0x46, 0x2d)
    ? 'application/pdf'
    : starts(0xff, 0xd8, 0xff)
      ? 'image/jpeg'
      : starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
        ? 'image/png'
        : null;
  if (!mimeType) throw new CouncilScanInvalidError();
  return { bytes, mimeType, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The current text of each purpose (the newest published version). */
async function currentTexts(tx: Tx, purposes: readonly ConsentPurpose[]): Promise<Map<ConsentPurpose, string>> {
  const texts = await tx.consentText.findMany({ where: { purpose: { in: [...purposes] } }, orderBy: { publishedAt: 'desc' }, select: { id: true, purpose: true } });
  const byPurpose = new Map<ConsentPurpose, string>();
  for (const text of texts) if (!byPurpose.has(text.purpose)) byPurpose.set(text.purpose, text.id);
  return byPurpose;
}

type ConsentRow = { purpose: ConsentPurpose; consentTextId: string; method: 'PAPER' | 'IN_APP'; givenOn: Date; scan: Uint8Array<ArrayBuffer> | null; scanMimeType: string | null; scanSha256: string | null; recordedById: string | null };

async function consentRows(tx: Tx, consents: readonly ConsentInput[], method: 'PAPER' | 'IN_APP', actor: Actor): Promise<ConsentRow[]> {
  const unique = [...new Map(consents.map((consent) => [consent.purpose, consent])).values()];
  const texts = await currentTexts(tx, unique.map((consent) => consent.purpose));
  return unique.map((consent) => {
    const consentTextId = texts.get(consent.purpose);
    if (!consentTextId) throw new NotFoundError();
    if (method === 'PAPER' && !consent.scan) throw new CouncilScanMissingError();
    const scan = method === 'PAPER' && consent.scan ? readScan(consent.scan) : null;
    return {
      purpose: consent.purpose,
      consentTextId,
      method,
      givenOn: dateOf(consent.givenOn),
      scan: scan?.bytes ?? null,
      scanMimeType: scan?.mimeType ?? null,
      scanSha256: scan?.sha256 ?? null,
      recordedById: actor.userId,
    };
  });
}

async function openCommittee(tx: Tx, committeeId: string) {
  const committee = await tx.councilCommittee.findUnique({ where: { id: committeeId }, select: { id: true, termId: true, archivedAt: true, term: { select: { minAge: true, maxAge: true } } } });
  if (!committee) throw new NotFoundError();
  if (committee.archivedAt) throw new CouncilCommitteeArchivedError();
  return committee;
}

async function knownDistrict(tx: Tx, districtId: number) {
  if (!(await tx.district.count({ where: { id: districtId } }))) throw new NotFoundError();
}

const searchTextOf = (firstName: string, lastName: string) => foldForSearch(`${firstName} ${lastName}`);

/**
 * Records a child. A runner records what the guardian signed on paper (each consent with its scan);
 * a guardian with an account records their own child, ticking each purpose in the app.
 */
export async function recordMember(
  child: ChildFields,
  guardian: { kind: 'PAPER'; fields: GuardianInput } | { kind: 'ACCOUNT'; locale: Locale | null },
  consents: readonly ConsentInput[],
  actor: Actor,
): Promise<{ id: string }> {
  const today = todayInIstanbul();
  const method = guardian.kind === 'PAPER' ? 'PAPER' : 'IN_APP';
  return prisma.$transaction(async (tx) => {
    const committee = await openCommittee(tx, child.committeeId);
    const age = ageOn(child.birthDate, today) ?? -1;
    if (age < committee.term.minAge || age > committee.term.maxAge) throw new CouncilAgeOutOfBandError(age, committee.term.minAge, committee.term.maxAge);
    await knownDistrict(tx, child.districtId);
    const rows = await consentRows(tx, consents, method, actor);
    const guardianId = guardian.kind === 'PAPER' ? (await tx.councilGuardian.create({ data: guardian.fields, select: { id: true } })).id : await accountGuardian(tx, actor, guardian.locale);
    const participates = rows.some((row) => row.purpose === 'COUNCIL_PARTICIPATION');
    const member = await tx.councilMember.create({
      data: {
        ...child,
        birthDate: dateOf(child.birthDate),
        guardianId,
        status: participates ? 'ACTIVE' : 'SUSPENDED',
        joinedOn: dateOf(today),
        nameSearchText: searchTextOf(child.firstName, child.lastName),
        recordedById: actor.userId,
        consents: { create: rows },
      },
      select: { id: true },
    });
    await audit(tx, actor, 'council.member.record', { type: 'CouncilMember', id: member.id }, {
      committeeId: committee.id,
      method,
      purposes: rows.map((row) => row.purpose),
      status: participates ? 'ACTIVE' : 'SUSPENDED',
    });
    return member;
  });
}

/** The guardian row of the signed-in account (one per account, shared by their children), made from the account. */
async function accountGuardian(tx: Tx, actor: Actor, locale: Locale | null): Promise<string> {
  if (!actor.userId) throw new NotFoundError();
  const existing = await tx.councilGuardian.findFirst({ where: { userId: actor.userId, erasedAt: null }, select: { id: true } });
  if (existing) return existing.id;
  const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { firstName: true, lastName: true, email: true, phone: true, locale: true } });
  const created = await tx.councilGuardian.create({
    data: { userId: actor.userId, firstName: user.firstName, lastName: user.lastName, relationship: 'VELİ', email: user.email, phone: user.phone, locale: locale ?? user.locale },
    select: { id: true },
  });
  return created.id;
}

async function liveMember(tx: Tx, memberId: string) {
  const member = await tx.councilMember.findUnique({ where: { id: memberId }, select: { id: true, committeeId: true, status: true, erasedAt: true, guardian: { select: { userId: true } } } });
  if (!member || member.erasedAt) throw new NotFoundError();
  if (member.status === 'LEFT') throw new CouncilMemberLeftError();
  return member;
}

/** The status the standing participation consent gives. */
async function settleStatus(tx: Tx, memberId: string): Promise<'ACTIVE' | 'SUSPENDED'> {
  const participates = await tx.councilConsent.count({ where: { memberId, purpose: 'COUNCIL_PARTICIPATION', withdrawnAt: null } });
  const status = participates ? 'ACTIVE' : 'SUSPENDED';
  await tx.councilMember.update({ where: { id: memberId }, data: { status } });
  return status;
}

/**
 * Records a consent given: by the guardian in the app (their own child), or by a runner from the
 * paper form (with its scan). Giving participation again makes the child ACTIVE.
 */
export async function giveConsent(memberId: string, consent: ConsentInput, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const member = await liveMember(tx, memberId);
    const byGuardian = member.guardian.userId !== null && member.guardian.userId === actor.userId;
    const method = byGuardian ? 'IN_APP' : 'PAPER';
    const standing = await tx.councilConsent.count({ where: { memberId, purpose: consent.purpose, withdrawnAt: null } });
    if (standing) throw new CouncilConsentUnchangedError();
    const [row] = await consentRows(tx, [consent], method, actor);
    await tx.councilConsent.create({ data: { ...row!, memberId } });
    const status = await settleStatus(tx, memberId);
    await audit(tx, actor, 'council.consent.give', { type: 'CouncilMember', id: memberId }, { purpose: consent.purpose, method, status });
  });
}

/** Withdraws a standing consent (the row stays, with when and by whom). Participation withdrawn suspends the child. */
export async function withdrawConsent(memberId: string, purpose: ConsentPurpose, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await liveMember(tx, memberId);
    const withdrawn = await tx.councilConsent.updateMany({ where: { memberId, purpose, withdrawnAt: null }, data: { withdrawnAt: new Date(), withdrawnById: actor.userId } });
    if (!withdrawn.count) throw new CouncilConsentUnchangedError();
    const status = await settleStatus(tx, memberId);
    await audit(tx, actor, 'council.consent.withdraw', { type: 'CouncilMember', id: memberId }, { purpose, status });
  });
}

export type MemberUpdate = {
  school?: string | null;
  districtId?: number | null;
  email?: string | null;
  phone?: string | null;
  guardianPhone?: string | null;
  guardianEmail?: string | null;
  guardianLocale?: Locale | null;
  committeeId?: string | null;
};

/** Changes a member's school, district or contact, or (coordinators) moves them to another committee of the term. */
export async function updateMember(memberId: string, update: MemberUpdate, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const member = await liveMember(tx, memberId);
    const current = await tx.councilMember.findUniqueOrThrow({ where: { id: memberId }, select: { guardianId: true, committee: { select: { termId: true } } } });
    if (update.districtId != null) await knownDistrict(tx, update.districtId);
    let moved = false;
    if (update.committeeId && update.committeeId !== member.committeeId) {
      const target = await openCommittee(tx, update.committeeId);
      if (target.termId !== current.committee.termId) throw new CouncilOtherTermError();
      moved = true;
    }
    await tx.councilMember.update({
      where: { id: memberId },
      data: {
        ...(update.school ? { school: update.school } : {}),
        ...(update.districtId != null ? { districtId: update.districtId } : {}),
        ...(update.email !== undefined ? { email: update.email } : {}),
        ...(update.phone !== undefined ? { phone: update.phone } : {}),
        // A position is held in a committee: it does not travel with the child.
        ...(moved ? { committeeId: update.committeeId!, position: null } : {}),
      },
    });
    if (update.guardianPhone || update.guardianEmail !== undefined || update.guardianLocale) {
      await tx.councilGuardian.update({
        where: { id: current.guardianId },
        data: {
          ...(update.guardianPhone ? { phone: update.guardianPhone } : {}),
          ...(update.guardianEmail !== undefined ? { email: update.guardianEmail } : {}),
          ...(update.guardianLocale ? { locale: update.guardianLocale } : {}),
        },
      });
    }
    const fields = Object.entries(update).filter(([, value]) => value !== undefined).map(([key]) => key);
    await audit(tx, actor, 'council.member.update', { type: 'CouncilMember', id: memberId }, { fields, ...(moved ? { committeeId: update.committeeId } : {}) });
  });
}

/** The member leaves the council (a reason is kept in the audit log only as its kind). */
export async function removeMember(memberId: string, reason: CouncilLeaveReason, actor: Actor, tx?: Tx): Promise<void> {
  const run = async (tx: Tx) => {
    await liveMember(tx, memberId);
    await tx.councilMember.update({ where: { id: memberId }, data: { status: 'LEFT', leftAt: new Date(), leftReason: reason, position: null } });
    await audit(tx, actor, 'council.member.leave', { type: 'CouncilMember', id: memberId }, { reason });
  };
  await (tx ? run(tx) : prisma.$transaction(run));
}

export type ElectionInput = { position: CouncilPosition; electedId: string; votesFor: number; votesCast: number; heldOn: string; meetingId: string | null };

/** Records an election: the elected member takes the position, and its previous holder loses it. */
export async function recordElection(committeeId: string, election: ElectionInput, actor: Actor): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const elected = await tx.councilMember.findUnique({ where: { id: election.electedId }, select: { committeeId: true, status: true, erasedAt: true } });
    if (!elected || elected.erasedAt) throw new NotFoundError();
    if (elected.committeeId !== committeeId || elected.status !== 'ACTIVE') throw new CouncilMemberNotActiveError();
    if (election.meetingId && !(await tx.councilMeeting.count({ where: { id: election.meetingId, committeeId } }))) throw new NotFoundError();
    await tx.councilMember.updateMany({ where: { committeeId, position: election.position }, data: { position: null } });
    await tx.councilMember.update({ where: { id: election.electedId }, data: { position: election.position } });
    const row = await tx.councilElection.create({
      data: { committeeId, ...election, heldOn: dateOf(election.heldOn), recordedById: actor.userId },
      select: { id: true },
    });
    await audit(tx, actor, 'council.election.record', { type: 'CouncilElection', id: row.id }, { committeeId, position: election.position, electedId: election.electedId });
    return row;
  });
}

export type MemberContact = { guardianEmail: string | null; guardianPhone: string; childEmail: string | null; childPhone: string | null; childContactAllowed: boolean };

/**
 * The guardian's contact, and the child's own while COUNCIL_CHILD_CONTACT stands. Every read is
 * written to the audit log before it is answered, in the same request.
 */
export async function memberContact(memberId: string, actor: Actor): Promise<MemberContact> {
  const member = await prisma.councilMember.findUnique({
    where: { id: memberId },
    select: {
      erasedAt: true,
      email: true,
      phone: true,
      guardian: { select: { email: true, phone: true } },
      consents: { where: { purpose: 'COUNCIL_CHILD_CONTACT', withdrawnAt: null }, select: { id: true }, take: 1 },
    },
  });
  if (!member || member.erasedAt) throw new NotFoundError();
  await prisma.$transaction((tx) => audit(tx, actor, 'council.contact.read', { type: 'CouncilMember', id: memberId }));
  const childContactAllowed = member.consents.length > 0;
  return {
    guardianEmail: member.guardian.email,
    guardianPhone: member.guardian.phone,
    childEmail: childContactAllowed ? member.email : null,
    childPhone: childContactAllowed ? member.phone : null,
    childContactAllowed,
  };
}

/** A consent's scan, for a reader; the download is audited like a contact read. */
export async function consentScan(consentId: string, actor: Actor): Promise<{ bytes: Uint8Array; mimeType: string } | null> {
  const consent = await prisma.councilConsent.findUnique({ where: { id: consentId }, select: { memberId: true, scan: true, scanMimeType: true } });
  if (!consent?.scan || !consent.scanMimeType) return null;
  await prisma.$transaction((tx) => audit(tx, actor, 'council.consent.scan.read', { type: 'CouncilMember', id: consent.memberId }, { consentId }));
  return { bytes: consent.scan, mimeType: consent.scanMimeType };
}

/**
 * Anonymises children (and their guardian, when no other child of theirs is left): names replaced,
 * contact and scans dropped, the birth date kept to 1 January of its year — the age band and the
 * reports stay true (members by age band and gender), while the day that identifies a child is gone.
 */
export async function anonymiseMembers(tx: Tx, memberIds: readonly string[], now: Date): Promise<void> {
  const members = await tx.councilMember.findMany({ where: { id: { in: [...memberIds] } }, select: { id: true, birthDate: true, guardianId: true, status: true } });
  for (const member of members) {
    await tx.councilMember.update({
      where: { id: member.id },
      data: {
        firstName: '—',
        lastName: '—',
        nameSearchText: '',
        school: '—',
        email: null,
        phone: null,
        birthDate: new Date(Date.UTC(member.birthDate.getUTCFullYear(), 0, 1)),
        erasedAt: now,
        position: null,
        ...(member.status === 'LEFT' ? {} : { status: 'LEFT', leftAt: now, leftReason: 'GUARDIAN_WITHDREW' }),
      },
    });
  }
  await tx.councilConsent.updateMany({ where: { memberId: { in: [...memberIds] } }, data: { scan: null, scanMimeType: null } });
  await tx.councilConsent.updateMany({ where: { memberId: { in: [...memberIds] }, withdrawnAt: null }, data: { withdrawnAt: now } });
  const guardianIds = [...new Set(members.map((member) => member.guardianId))];
  for (const guardianId of guardianIds) {
    const others = await tx.councilMember.count({ where: { guardianId, erasedAt: null, id: { notIn: [...memberIds] } } });
    if (others) continue;
    await tx.councilGuardian.update({ where: { id: guardianId }, data: { firstName: '—', lastName: '—', relationship: '—', email: null, phone: '—', erasedAt: now, userId: null } });
  }
}

/** A coordinator erases a child on the guardian's written request (a guardian without an account). */
export async function eraseMember(memberId: string, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const member = await tx.councilMember.findUnique({ where: { id: memberId }, select: { erasedAt: true } });
    if (!member || member.erasedAt) throw new NotFoundError();
    await anonymiseMembers(tx, [memberId], new Date());
    await audit(tx, actor, 'council.member.erase', { type: 'CouncilMember', id: memberId });
  });
}

export { dayOf };
