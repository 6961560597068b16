// Authorization rows of shift planning (module shifts): settings, opportunities, shifts, series, the
// calendar, week copies and the staffing assistant — all coordinators' work.
// Collected by test/server/authorization.test.ts, which fails on an operation no table names.
import { prisma } from '@katilim/server/db/prisma';
import { addDays, isoWeekday, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { createOpportunity, createShift, createVolunteer } from '../../support/shifts-scenarios.ts';
import { mutation } from '../../support/mutation-document.ts';
import { globalId, STAFF, type Operations } from './table.ts';

const HOUR = 3_600_000;
const monday = (weeksAhead: number) => {
  const today = todayInIstanbul();
  return addDays(today, 8 - isoWeekday(today) + 7 * (weeksAhead - 1));
};
const areaId = async () => globalId('VolunteerArea', (await prisma.volunteerArea.findUniqueOrThrow({ where: { slug: 'field-work' } })).id);

async function seriesShift() {
  const opportunity = await createOpportunity();
  const start = monday(1);
  const series = await prisma.shiftSeries.create({
    data: { opportunityId: opportunity.id, rrule: 'FREQ=WEEKLY;BYDAY=MO', startDate: new Date(start), startTime: '10:00', durationMinutes: 60, capacity: 3, cutoffHours: 1 },
  });
  const shift = await createShift({ opportunity, startsInHours: 200 });
  await prisma.shift.update({ where: { id: shift.id }, data: { seriesId: series.id, occurrenceDate: new Date(start) } });
  return { shift, start };
}

export const operations: Operations = {
  'Query.shiftSettings': { document: `{ shiftSettings { maxHoursPerWeek } }`, allowed: STAFF },
  'Query.shiftOpportunities': {
    document: `{ shiftOpportunities(first: 5) { totalCount edges { node { id title qualifications { id } } } } }`,
    variables: async () => (await createOpportunity(), {}),
    allowed: STAFF,
  },
  'Query.shiftCalendar': {
    document: `query($from: Date!, $to: Date!) { shiftCalendar(from: $from, to: $to) { id fill { held level } atRisk } }`,
    variables: async () => {
      await createShift({ startsInHours: 24 * 9 });
      return { from: monday(1), to: addDays(monday(1), 13) };
    },
    allowed: STAFF,
  },
  'Query.atRiskShifts': { document: `{ atRiskShifts { id fill { held } } }`, variables: async () => (await createShift({ startsInHours: 10 }), {}), allowed: STAFF },
  'Query.staffingSuggestions': {
    document: `query($shiftId: ID!) { staffingSuggestions(shiftId: $shiftId) { volunteerId explanation } }`,
    variables: async () => {
      await createVolunteer();
      return { shiftId: (await createShift({ startsInHours: 50 })).globalId };
    },
    allowed: STAFF,
  },
  'Mutation.updateShiftSettings': {
    document: mutation('updateShiftSettings', 'UpdateShiftSettingsInput', 'data { maxHoursPerWeek }'),
    variables: () => ({ input: { maxHoursPerWeek: 12 } }),
    allowed: STAFF,
  },
  'Mutation.createShiftOpportunity': {
    document: mutation('createShiftOpportunity', 'CreateShiftOpportunityInput'),
    variables: async () => ({ input: { areaId: await areaId(), titleTr: 'Çeviri', titleEn: 'Translation', online: true, qualificationIds: [] } }),
    allowed: STAFF,
  },
  'Mutation.updateShiftOpportunity': {
    document: mutation('updateShiftOpportunity', 'UpdateShiftOpportunityInput'),
    variables: async () => ({
      input: { id: (await createOpportunity()).globalId, areaId: await areaId(), titleTr: 'Atölye', titleEn: 'Workshop', online: false, districtId: 15, address: 'Konak', qualificationIds: [] },
    }),
    allowed: STAFF,
  },
  'Mutation.archiveShiftOpportunity': {
    document: mutation('archiveShiftOpportunity', 'ArchiveShiftOpportunityInput'),
    variables: async () => ({ input: { id: (await createOpportunity()).globalId } }),
    allowed: STAFF,
  },
  'Mutation.createShift': {
    document: mutation('createShift', 'CreateShiftInput'),
    variables: async () => {
      const startsAt = new Date(Date.now() + 72 * HOUR);
      return {
        input: { opportunityId: (await createOpportunity()).globalId, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(), capacity: 4, cutoffHours: 6 },
      };
    },
    allowed: STAFF,
  },
  'Mutation.editShift': {
    document: mutation('editShift', 'EditShiftInput'),
    variables: async () => ({ input: { shiftId: (await createShift()).globalId, capacity: 8 } }),
    allowed: STAFF,
  },
  'Mutation.cancelShift': {
    document: mutation('cancelShift', 'CancelShiftInput'),
    variables: async () => ({ input: { shiftId: (await createShift()).globalId } }),
    allowed: STAFF,
  },
  'Mutation.createShiftSeries': {
    document: mutation('createShiftSeries', 'CreateShiftSeriesInput'),
    variables: async () => ({
      input: { opportunityId: (await createOpportunity()).globalId, startDate: monday(1), until: addDays(monday(1), 13), weekdays: [2, 4], startTime: '10:00', durationMinutes: 180, capacity: 5, cutoffHours: 12 },
    }),
    allowed: STAFF,
  },
  'Mutation.editFollowingShifts': {
    document: mutation('editFollowingShifts', 'EditFollowingShiftsInput', 'data { updated }'),
    variables: async () => {
      const { shift, start } = await seriesShift();
      return { input: { shiftId: shift.globalId, weekdays: [1], startTime: '11:00', durationMinutes: 60, capacity: 3, cutoffHours: 1, until: addDays(start, 20) } };
    },
    allowed: STAFF,
  },
  'Mutation.copyShiftWeek': {
    document: mutation('copyShiftWeek', 'CopyShiftWeekInput', 'data { created { id } skipped { id } }'),
    variables: () => ({ input: { fromWeek: monday(1), toWeek: monday(3) } }),
    allowed: STAFF,
  },
  'Mutation.inviteToShift': {
    document: mutation('inviteToShift', 'InviteToShiftInput', 'data { invitations { id } skipped { reason } }'),
    variables: async () => ({ input: { shiftId: (await createShift({ startsInHours: 60 })).globalId, userIds: [globalId('User', (await createVolunteer()).id)] } }),
    allowed: STAFF,
  },
};
