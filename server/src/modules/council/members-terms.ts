// Council terms, their committees and facilitators: coordinators' work. A new term starts with the
// five standing committees (committees.ts).
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { slugify } from '../../text.ts';
import { audit } from '../audit/service.ts';
import { STANDING_COMMITTEES } from './committees.ts';
import { CouncilCommitteeExistsError, CouncilNotFacilitatorError, CouncilTermExistsError } from './errors-members.ts';

export type TermFields = { name: string; startsOn: string; endsOn: string; minAge: number; maxAge: number };
export type CommitteeFields = { nameTr: string; nameEn: string; descriptionTr: string; descriptionEn: string };

const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);
const termData = (fields: TermFields) => ({ ...fields, startsOn: dateOf(fields.startsOn), endsOn: dateOf(fields.endsOn) });

const isUniqueViolation = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';

async function councilProgrammeId(tx: Tx): Promise<string> {
  const programme = await tx.programme.findUnique({ where: { kind: 'CHILDRENS_COUNCIL' }, select: { id: true } });
  if (!programme) throw new NotFoundError();
  return programme.id;
}

export async function createTerm(fields: TermFields, actor: Actor): Promise<{ id: string }> {
  try {
    return await prisma.$transaction(async (tx) => {
      if (await tx.councilTerm.count({ where: { name: fields.name } })) throw new CouncilTermExistsError();
      const term = await tx.councilTerm.create({
        data: { ...termData(fields), programmeId: await councilProgrammeId(tx), createdById: actor.userId, committees: { create: STANDING_COMMITTEES.map((committee) => ({ ...committee })) } },
        select: { id: true },
      });
      await audit(tx, actor, 'council.term.create', { type: 'CouncilTerm', id: term.id });
      return term;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new CouncilTermExistsError();
    throw error;
  }
}

export async function updateTerm(id: string, fields: TermFields, actor: Actor): Promise<void> {
  try {
    await prisma.$transaction(async (tx) => {
      if (!(await tx.councilTerm.count({ where: { id } }))) throw new NotFoundError();
      if (await tx.councilTerm.count({ where: { name: fields.name, id: { not: id } } })) throw new CouncilTermExistsError();
      await tx.councilTerm.update({ where: { id }, data: termData(fields) });
      await audit(tx, actor, 'council.term.update', { type: 'CouncilTerm', id }, { fields: Object.keys(fields) });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new CouncilTermExistsError();
    throw error;
  }
}

export async function createCommittee(termId: string, fields: CommitteeFields, actor: Actor): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    if (!(await tx.councilTerm.count({ where: { id: termId } }))) throw new NotFoundError();
    const slug = slugify(fields.nameTr, 'komite');
    if (await tx.councilCommittee.count({ where: { termId, slug } })) throw new CouncilCommitteeExistsError();
    const committee = await tx.councilCommittee.create({ data: { termId, slug, ...fields }, select: { id: true } });
    await audit(tx, actor, 'council.committee.create', { type: 'CouncilCommittee', id: committee.id }, { termId });
    return committee;
  });
}

/** Renames a committee (its slug, the address others link to, stays) and archives or restores it. */
export async function updateCommittee(id: string, fields: CommitteeFields, archived: boolean | null, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const committee = await tx.councilCommittee.findUnique({ where: { id }, select: { archivedAt: true } });
    if (!committee) throw new NotFoundError();
    const archive = archived === null ? {} : { archivedAt: archived ? (committee.archivedAt ?? new Date()) : null };
    await tx.councilCommittee.update({ where: { id }, data: { ...fields, ...archive } });
    await audit(tx, actor, 'council.committee.update', { type: 'CouncilCommittee', id }, { fields: Object.keys(fields), archived });
  });
}

/** Assigns a facilitator: a person holding the FACILITATOR role. Assigning twice changes nothing. */
export async function assignFacilitator(committeeId: string, userId: string, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    if (!(await tx.councilCommittee.count({ where: { id: committeeId } }))) throw new NotFoundError();
    const user = await tx.user.findUnique({ where: { id: userId }, select: { erasedAt: true, roles: { where: { role: 'FACILITATOR' }, select: { id: true } } } });
    if (!user || user.erasedAt) throw new NotFoundError();
    if (!user.roles.length) throw new CouncilNotFacilitatorError();
    const made = await tx.councilFacilitator.createMany({ data: [{ committeeId, userId, assignedById: actor.userId }], skipDuplicates: true });
    if (made.count) await audit(tx, actor, 'council.facilitator.assign', { type: 'CouncilCommittee', id: committeeId }, { userId });
  });
}

export async function removeFacilitator(committeeId: string, userId: string, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const removed = await tx.councilFacilitator.deleteMany({ where: { committeeId, userId } });
    if (!removed.count) throw new NotFoundError();
    await audit(tx, actor, 'council.facilitator.remove', { type: 'CouncilCommittee', id: committeeId }, { userId });
  });
}
