// Trips under KVKK: a person's registrations (units) with everyone travelling in them (her children,
// a guardian's children) and their boarding. Children's names and birth dates are theirs through the
// registrant (the woman or the guardian), who can export and erase them.
import { declarePersonalData } from '../privacy/declaration.ts';

export const personalData = declarePersonalData({
  module: 'trips',
  models: ['TripRegistration', 'TripParticipant', 'TripBoardingEvent', 'Trip', 'TripDeparture'],
  export: async (tx, subject) => {
    const registrations = await tx.tripRegistration.findMany({
      where: { userId: subject.id },
      include: {
        departure: { select: { startsAt: true, trip: { select: { titleTr: true, titleEn: true } } } },
        pickupPoint: { select: { name: true, pickupAt: true } },
        participants: { orderBy: { position: 'asc' }, include: { boardingEvents: { orderBy: { at: 'asc' } } } },
      },
      orderBy: { createdAt: 'asc' },
    });
    // Staff work: the trips they created and the lotteries they drew (the ids and when: the rows are about the trips).
    const trips = await tx.trip.findMany({ where: { createdById: subject.id }, select: { id: true, titleTr: true, createdAt: true } });
    const draws = await tx.tripDeparture.findMany({ where: { drawnById: subject.id }, select: { id: true, tripId: true, drawnAt: true } });
    return {
      // The check-in code is a key to the unit's QR, the job ids are bookkeeping: neither is data about the person.
      TripRegistration: registrations.map(({ participants: _p, checkInCode: _code, reminderJobIds: _jobs, ...row }) => row),
      TripParticipant: registrations.flatMap((r) => r.participants.map(({ boardingEvents: _e, ...participant }) => participant)),
      TripBoardingEvent: registrations.flatMap((r) => r.participants.flatMap((p) => p.boardingEvents)),
      Trip: trips,
      TripDeparture: draws,
    };
  },
  erase: async (tx, { subject }) => {
    // Registrations stay for the programme's figures (participants, fill and no-show rates), with
    // the travellers' names gone; birth dates keep only the year the age bands need.
    const participants = await tx.tripParticipant.findMany({ where: { registration: { userId: subject.id } }, select: { id: true, birthDate: true } });
    for (const participant of participants) {
      const year = participant.birthDate.getUTCFullYear();
      await tx.tripParticipant.update({
        where: { id: participant.id },
        data: { firstName: '—', lastName: '—', birthDate: new Date(Date.UTC(year, 0, 1)) },
      });
    }
    await tx.tripRegistration.updateMany({ where: { userId: subject.id }, data: { reminderJobIds: [] } });
  },
});
