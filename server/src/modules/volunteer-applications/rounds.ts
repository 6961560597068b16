// Recruitment rounds and volunteer areas: what coordinators publish and applicants apply to.
import type { Actor } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import type { RoundStatus } from '../../generated/prisma/enums.ts';
import { slugify } from '../../text.ts';
import { audit } from '../audit/service.ts';
import { RoundHasApplicationsError, SlugTakenError } from './errors.ts';
import type { AreaInput, RoundInput, UpdateRoundInput } from './validation.ts';

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

/** A round takes applications while it is OPEN and between its dates. */
export function acceptsApplications(round: { status: RoundStatus; opensAt: Date; closesAt: Date }, now = new Date()): boolean {
  return round.status === 'OPEN' && round.opensAt <= now && now <= round.closesAt;
}

function roundData(input: RoundInput) {
  return {
    titleTr: input.titleTr,
    titleEn: input.titleEn,
    descriptionTr: input.descriptionTr,
    descriptionEn: input.descriptionEn,
    trainingInfoTr: input.trainingInfoTr,
    trainingInfoEn: input.trainingInfoEn,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    seatsSought: input.seatsSought,
    ...(input.bookingCutoffHours != null ? { bookingCutoffHours: input.bookingCutoffHours } : {}),
  };
}

async function assertAreasExist(areaIds: string[]) {
  const found = await prisma.volunteerArea.count({ where: { id: { in: areaIds } } });
  if (found !== areaIds.length) throw new NotFoundError();
}

export async function createRound(input: RoundInput, actor: Actor) {
  await assertAreasExist(input.areaIds);
  try {
    return await prisma.$transaction(async (tx) => {
      const round = await tx.recruitmentRound.create({
        data: {
          ...roundData(input),
          slug: input.slug ?? slugify(input.titleTr, 'donem'),
          createdById: actor.userId,
          areas: { create: input.areaIds.map((areaId) => ({ areaId })) },
        },
      });
      await audit(tx, actor, 'round.create', { type: 'RecruitmentRound', id: round.id }, { slug: round.slug, areas: input.areaIds.length });
      return round;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new SlugTakenError();
    throw error;
  }
}

export async function updateRound(input: UpdateRoundInput, actor: Actor) {
  await assertAreasExist(input.areaIds);
  try {
    return await prisma.$transaction(async (tx) => {
      const existing = await tx.recruitmentRound.findUnique({ where: { id: input.roundId }, select: { id: true } });
      if (!existing) throw new NotFoundError();
      // Areas chosen by applications stay chosen; the round simply stops offering a removed one.
      await tx.roundArea.deleteMany({ where: { roundId: input.roundId, areaId: { notIn: input.areaIds } } });
      await tx.roundArea.createMany({ data: input.areaIds.map((areaId) => ({ roundId: input.roundId, areaId })), skipDuplicates: true });
      const round = await tx.recruitmentRound.update({
        where: { id: input.roundId },
        data: { ...roundData(input), ...(input.slug ? { slug: input.slug } : {}) },
      });
      await audit(tx, actor, 'round.update', { type: 'RecruitmentRound', id: round.id }, { areas: input.areaIds.length });
      return round;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new SlugTakenError();
    throw error;
  }
}

/** Coordinators move a round through its phases freely, except back to draft once people applied. */
export async function setRoundStatus(roundId: string, status: RoundStatus, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ status: RoundStatus }[]>`
      SELECT status::text AS status FROM "RecruitmentRound" WHERE id = ${roundId}::uuid FOR UPDATE`;
    const from = locked[0]?.status;
    if (!from) throw new NotFoundError();
    if (status === 'DRAFT' && from !== 'DRAFT' && (await tx.volunteerApplication.count({ where: { roundId } })) > 0) {
      throw new RoundHasApplicationsError();
    }
    const round = await tx.recruitmentRound.update({ where: { id: roundId }, data: { status } });
    await audit(tx, actor, 'round.status', { type: 'RecruitmentRound', id: roundId }, { from, to: status });
    return round;
  });
}

export async function createArea(input: AreaInput, actor: Actor) {
  try {
    return await prisma.$transaction(async (tx) => {
      const area = await tx.volunteerArea.create({
        data: { slug: input.slug ?? slugify(input.nameEn, 'alan'), nameTr: input.nameTr, nameEn: input.nameEn },
      });
      await audit(tx, actor, 'area.create', { type: 'VolunteerArea', id: area.id }, { slug: area.slug });
      return area;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new SlugTakenError();
    throw error;
  }
}
