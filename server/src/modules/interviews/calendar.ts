// GET /calendar/interview-bookings/:id.ics — the booking as a calendar file, for its applicant or a
// coordinator (session cookie). Anyone else gets 404, the same as for a booking that does not exist.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { Router } from 'express';
import { isStaff } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { readCookie, SESSION_COOKIE } from '../../http/cookies.ts';
import { sessionViewer } from '../accounts/service.ts';
import { cutoffOf } from './bookings.ts';
import { interviewCalendar } from './ics.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Where the calendar file of a booking is served (relative to the public address). */
export function icsPath(bookingId: string): string {
  return `/calendar/interview-bookings/${bookingId}.ics`;
}

export function calendarRouter(publicUrl: string): Router {
  const router = Router();
  router.get('/calendar/interview-bookings/:id.ics', async (req, res, next) => {
    try {
      const id = String(req.params.id).toLowerCase();
      const token = readCookie(req, SESSION_COOKIE);
      const viewer = UUID.test(id) && token ? await sessionViewer(token) : null;
      const booking = viewer
        ? await prisma.interviewBooking.findUnique({
            where: { id },
            select: {
              id: true,
              cancelledAt: true,
              slot: { select: { startsAt: true, endsAt: true, location: true, onlineUrl: true } },
              application: {
                select: {
                  id: true,
                  applicantId: true,
                  applicant: { select: { locale: true } },
                  round: { select: { titleTr: true, titleEn: true, bookingCutoffHours: true } },
                },
              },
            },
          })
        : null;
      if (!viewer || !booking || (booking.application.applicantId !== viewer.id && !isStaff(viewer))) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      const { application, slot } = booking;
      const locale = application.applicant.locale;
      const body = interviewCalendar(locale, {
        uid: booking.id,
        ...slot,
        roundTitle: locale === 'en' ? application.round.titleEn : application.round.titleTr,
        changeableUntil: cutoffOf(slot.startsAt, application.round.bookingCutoffHours),
        cancelled: booking.cancelledAt !== null,
        manageUrl: `${publicUrl}/volunteering/applications/${encodeURIComponent(encodeGlobalID('VolunteerApplication', application.id))}/interview`,
      });
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('content-disposition', `attachment; filename="katilim-interview-${slot.startsAt.toISOString().slice(0, 10)}.ics"`);
      res.type('text/calendar; charset=utf-8').send(body);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
