// Trainings under KVKK: enrolments, attendance, qualifications and the areas an active volunteer
// works in; for trainers and coordinators, the attendance they recorded.
import { declarePersonalData } from '../privacy/declaration.ts';

export const personalData = declarePersonalData({
  module: 'trainings',
  models: ['TrainingEnrolment', 'SessionAttendance', 'UserQualification', 'VolunteerAreaAssignment'],
  export: async (tx, subject) => {
    const ownEnrolment = { enrolment: { application: { applicantId: subject.id } } };
    const [enrolments, attendance, qualifications, areas] = await Promise.all([
      tx.trainingEnrolment.findMany({
        where: { application: { applicantId: subject.id } },
        include: { course: { select: { titleTr: true, titleEn: true } } },
        orderBy: { enrolledAt: 'asc' },
      }),
      tx.sessionAttendance.findMany({
        where: { OR: [ownEnrolment, { recordedById: subject.id }] },
        include: { session: { select: { title: true, startsAt: true } }, enrolment: { select: { application: { select: { applicantId: true } } } } },
        orderBy: { recordedAt: 'asc' },
      }),
      tx.userQualification.findMany({ where: { userId: subject.id }, include: { qualification: { select: { nameTr: true, nameEn: true } } }, orderBy: { grantedAt: 'asc' } }),
      tx.volunteerAreaAssignment.findMany({ where: { userId: subject.id }, include: { area: { select: { nameTr: true, nameEn: true } } } }),
    ]);
    return {
      TrainingEnrolment: enrolments,
      SessionAttendance: attendance.map(({ enrolment, recordedById, status, ...row }) =>
        enrolment.application.applicantId === subject.id
          ? { ...row, status, recordedByYou: recordedById === subject.id }
          : { sessionId: row.sessionId, enrolmentId: row.enrolmentId, recordedAt: row.recordedAt, recordedByYou: true },
      ),
      UserQualification: qualifications,
      VolunteerAreaAssignment: areas,
    };
  },
  erase: async (tx, { subject }) => {
    // Enrolments, attendance and qualifications stay for course statistics, anonymous through the
    // placeholder (none has a free-text column); an erased person is no longer an active volunteer.
    await tx.volunteerAreaAssignment.deleteMany({ where: { userId: subject.id } });
  },
});
