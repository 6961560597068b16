// Shift settings of a programme and the opportunities shifts belong to: create, edit, archive.
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { audit } from '../audit/service.ts';

/** The programme whose volunteers work shifts. */
export async function volunteeringProgrammeId(tx: Tx = prisma): Promise<string> {
  return (await tx.programme.findUniqueOrThrow({ where: { kind: 'VOLUNTEERING' }, select: { id: true } })).id;
}

export type SettingsInput = Partial<Record<'maxHoursPerWeek' | 'noShowPauseAfter' | 'holdHours' | 'holdHoursNear' | 'nearWindowHours', number | null>>;

/** The programme's shift rules; a programme nobody configured yet has the defaults. */
export async function shiftSettingsOf(programmeId: string, tx: Tx = prisma) {
  return tx.shiftSettings.upsert({ where: { programmeId }, create: { programmeId }, update: {} });
}

export async function updateShiftSettings(programmeId: string, input: SettingsInput, actor: Actor) {
  const data = Object.fromEntries(Object.entries(input).filter(([, value]) => value != null)) as Record<string, number>;
  return prisma.$transaction(async (tx) => {
    const before = await shiftSettingsOf(programmeId, tx);
    const after = await tx.shiftSettings.update({ where: { programmeId }, data });
    await audit(tx, actor, 'shifts.updateSettings', { type: 'ShiftSettings', id: programmeId }, {
      before: { ...before, updatedAt: undefined },
      after: { ...after, updatedAt: undefined },
    });
    return after;
  });
}

export type OpportunityInput = {
  areaId: string;
  titleTr: string;
  titleEn: string;
  descriptionTr: string;
  descriptionEn: string;
  online: boolean;
  districtId?: number | null;
  address?: string | null;
  qualificationIds: readonly string[];
};

async function checkReferences(tx: Tx, input: Pick<OpportunityInput, 'areaId' | 'districtId' | 'qualificationIds' | 'online'>) {
  const wanted = [...new Set(input.qualificationIds)];
  const [area, district, qualifications] = await Promise.all([
    tx.volunteerArea.findUnique({ where: { id: input.areaId }, select: { id: true } }),
    input.online || input.districtId == null ? Promise.resolve({ id: 0 }) : tx.district.findUnique({ where: { id: input.districtId }, select: { id: true } }),
    tx.qualification.count({ where: { id: { in: wanted } } }),
  ]);
  if (!area || !district || qualifications !== wanted.length) throw new NotFoundError();
  return wanted;
}

/** Online work has no place: a stray district or address must not linger. */
const placeOf = (input: Pick<OpportunityInput, 'online' | 'districtId' | 'address'>) =>
  input.online ? { online: true, districtId: null, address: null } : { online: false, districtId: input.districtId ?? null, address: input.address ?? null };

export async function createOpportunity(input: OpportunityInput, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const qualificationIds = await checkReferences(tx, input);
    const opportunity = await tx.shiftOpportunity.create({
      data: {
        programmeId: await volunteeringProgrammeId(tx),
        areaId: input.areaId,
        titleTr: input.titleTr,
        titleEn: input.titleEn,
        descriptionTr: input.descriptionTr,
        descriptionEn: input.descriptionEn,
        ...placeOf(input),
        createdById: actor.userId,
        qualifications: { create: qualificationIds.map((qualificationId) => ({ qualificationId })) },
      },
      select: { id: true },
    });
    await audit(tx, actor, 'shifts.createOpportunity', { type: 'ShiftOpportunity', id: opportunity.id }, { areaId: input.areaId, qualificationIds });
    return opportunity;
  });
}

export async function updateOpportunity(id: string, input: OpportunityInput, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.shiftOpportunity.findUnique({ where: { id }, select: { id: true } });
    if (!existing) throw new NotFoundError();
    const qualificationIds = await checkReferences(tx, input);
    await tx.shiftOpportunityQualification.deleteMany({ where: { opportunityId: id, qualificationId: { notIn: qualificationIds } } });
    await tx.shiftOpportunityQualification.createMany({ data: qualificationIds.map((qualificationId) => ({ opportunityId: id, qualificationId })), skipDuplicates: true });
    await tx.shiftOpportunity.update({
      where: { id },
      data: {
        areaId: input.areaId,
        titleTr: input.titleTr,
        titleEn: input.titleEn,
        descriptionTr: input.descriptionTr,
        descriptionEn: input.descriptionEn,
        ...placeOf(input),
      },
    });
    await audit(tx, actor, 'shifts.updateOpportunity', { type: 'ShiftOpportunity', id }, { areaId: input.areaId, qualificationIds });
    return existing;
  });
}

/** Archived opportunities take no new shifts and leave the planning lists; their shifts stay. */
export async function archiveOpportunity(id: string, archived: boolean, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.shiftOpportunity.findUnique({ where: { id }, select: { id: true, archivedAt: true } });
    if (!existing) throw new NotFoundError();
    await tx.shiftOpportunity.update({ where: { id }, data: { archivedAt: archived ? (existing.archivedAt ?? new Date()) : null } });
    await audit(tx, actor, archived ? 'shifts.archiveOpportunity' : 'shifts.restoreOpportunity', { type: 'ShiftOpportunity', id });
    return existing;
  });
}
