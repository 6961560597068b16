import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AddForumFindingDocument, AppShellDocument, CommentOnForumSummaryDocument, ForumReportPageDocument, ForumRunPageDocument, ForumSummaryPageDocument, RecordForumAttendanceDocument } from '../../generated/graphql';
import { renderApp } from '../../test/render-app';

const SESSION = 'Rm9ydW1TZXNzaW9uOjE=';
const shell = (roles: ('FACILITATOR' | 'COORDINATOR' | 'VOLUNTEER')[]) => ({
  request: { query: AppShellDocument },
  result: { data: { me: { __typename: 'User' as const, id: 'u-1', roles, firstName: 'Sevda', lastName: 'Kaya', fullName: 'Sevda Kaya' } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
const event = { __typename: 'ForumEvent' as const, id: 'RXZlbnQ6MQ==', title: 'Eşitlik için Gençlik Forumu' };
const times = { startsAt: '2026-12-12T11:00:00.000Z', endsAt: '2026-12-12T13:00:00.000Z' };

function runSession(attended: boolean | null, findings: { id: string; theme: string; body: string }[] = []) {
  return {
    __typename: 'ForumSession' as const,
    id: SESSION,
    kind: 'OPEN' as const,
    title: 'Açık forum: kentte eşitlik',
    ...times,
    placeName: 'Kültürpark',
    event,
    confirmedRegistrations: [{ __typename: 'ForumRegistration' as const, id: 'r-1', participantName: 'Elif Şahin', accessibilityNeeds: 'Rampa', attended }],
    selectedApplications: [],
    findings: findings.map((f) => ({ __typename: 'ForumFinding' as const, kind: 'RECOMMENDATION' as const, createdAt: times.startsAt, ...f })),
    comments: [{ __typename: 'ForumComment' as const, id: 'c-1', body: 'Çok verimliydi.', authorName: 'Elif Şahin', createdAt: times.endsAt }],
  };
}

describe('running a session', () => {
  it('marks a participant present and records a recommendation, which joins the list', async () => {
    const attend = vi.fn(() => ({
      data: { recordForumAttendance: { __typename: 'MutationRecordForumAttendanceSuccess' as const, data: { __typename: 'ForumSession' as const, id: SESSION, confirmedRegistrations: [{ __typename: 'ForumRegistration' as const, id: 'r-1', attended: true }], selectedApplications: [] } } },
    }));
    const find = vi.fn(() => ({
      data: { addForumFinding: { __typename: 'MutationAddForumFindingSuccess' as const, data: { __typename: 'ForumFinding' as const, id: 'f-2', kind: 'RECOMMENDATION' as const, theme: 'ulaşım', body: 'Gece otobüsleri artırılsın.', createdAt: times.endsAt } } },
    }));
    const user = userEvent.setup();
    renderApp(`/forums/sessions/${SESSION}/run`, [
      shell(['FACILITATOR']),
      { request: { query: ForumRunPageDocument, variables: { id: SESSION } }, result: { data: { node: runSession(null, [{ id: 'f-1', theme: 'güvenlik', body: 'Sokaklar aydınlatılsın.' }]) } } },
      { request: { query: RecordForumAttendanceDocument, variables: { input: { sessionId: SESSION, attended: true, registrationId: 'r-1' } } }, result: attend },
      { request: { query: AddForumFindingDocument, variables: { input: { sessionId: SESSION, kind: 'RECOMMENDATION', theme: 'ulaşım', body: 'Gece otobüsleri artırılsın.' } } }, result: find },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Açık forum: kentte eşitlik' })).toBeInTheDocument();
    expect(screen.getByText('Rampa')).toBeInTheDocument();
    expect(screen.getByText('1 kişiden 0 işaretlendi, 0 katıldı')).toBeInTheDocument();
    const row = screen.getByRole('radiogroup', { name: 'Elif Şahin katıldı mı?' });
    await user.click(within(row).getByRole('radio', { name: 'Katıldı' }));
    await vi.waitFor(() => expect(attend).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('1 kişiden 1 işaretlendi, 1 katıldı')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Tema/, { selector: 'input' }), 'ulaşım');
    await user.type(screen.getByRole('textbox', { name: /Metin/ }), 'Gece otobüsleri artırılsın.');
    await user.click(screen.getByRole('button', { name: 'Bulguyu kaydet' }));
    await vi.waitFor(() => expect(find).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Gece otobüsleri artırılsın.')).toBeInTheDocument();
    expect(screen.getByText('Sokaklar aydınlatılsın.')).toBeInTheDocument();
    expect(screen.getByText('Çok verimliydi.')).toBeInTheDocument();
  });
});

describe("a participant's summary", () => {
  it('shows the findings by theme and tells why a comment without consent was not kept', async () => {
    const user = userEvent.setup();
    renderApp(`/forums/sessions/${SESSION}/summary`, [
      shell(['VOLUNTEER']),
      {
        request: { query: ForumSummaryPageDocument, variables: { id: SESSION } },
        result: {
          data: {
            node: {
              __typename: 'ForumSession' as const,
              id: SESSION,
              title: 'Açık forum: kentte eşitlik',
              ...times,
              placeName: 'Kültürpark',
              event,
              findings: [{ __typename: 'ForumFinding' as const, id: 'f-1', kind: 'RECOMMENDATION' as const, theme: 'ulaşım', body: 'Gece otobüsleri artırılsın.' }],
              myComments: [],
            },
          },
        },
      },
      {
        request: { query: CommentOnForumSummaryDocument, variables: { input: { sessionId: SESSION, body: 'Katılıyorum.', consent: false } } },
        result: { data: { commentOnForumSummary: { __typename: 'ForumCommentConsentError' as const, message: 'Onay vermeniz gerekir.' } } },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 2, name: 'ulaşım' })).toBeInTheDocument();
    expect(screen.getByText('Gece otobüsleri artırılsın.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Yorum/ }), 'Katılıyorum.');
    await user.click(screen.getByRole('button', { name: 'Yorumu gönder' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Onay vermeniz gerekir.');
  });
});

describe("an event's report", () => {
  it('lists sessions, participation by district and age band, recommendations by theme, and links the CSV and the PDF', async () => {
    renderApp(`/forums/events/${event.id}/report`, [
      shell(['COORDINATOR']),
      {
        request: { query: ForumReportPageDocument, variables: { eventId: event.id } },
        result: {
          data: {
            forumEventReport: {
              __typename: 'QueryForumEventReportSuccess' as const,
              data: {
                __typename: 'ForumEventReport' as const,
                title: 'Eşitlik için Gençlik Forumu',
                csvPath: '/forums/events/e-1/report.csv',
                pdfPath: '/forums/events/e-1/report.pdf',
                sessions: [{ __typename: 'ForumReportSession' as const, sessionId: 's-1', title: 'Açık forum', kind: 'OPEN', startsAt: times.startsAt, participants: 3, attended: 2, findings: 2, recommendations: 1 }],
                districts: [{ __typename: 'ForumReportCount' as const, name: 'Karşıyaka', participants: 3, attended: 2 }],
                ageBands: [{ __typename: 'ForumReportCount' as const, name: '18-24', participants: 3, attended: 2 }],
                themes: [{ __typename: 'ForumReportTheme' as const, theme: 'ulaşım', recommendations: ['Gece otobüsleri artırılsın.'] }],
              },
            },
          },
        },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Forum raporu: Eşitlik için Gençlik Forumu' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'CSV indir' })).toHaveAttribute('href', '/forums/events/e-1/report.csv');
    expect(screen.getByRole('link', { name: 'PDF indir' })).toHaveAttribute('href', '/forums/events/e-1/report.pdf');
    const districts = screen.getByRole('table', { name: 'İlçelere göre katılım' });
    expect(within(districts).getByRole('row', { name: 'Karşıyaka 3 2' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'ulaşım' })).toHaveTextContent('Gece otobüsleri artırılsın.');
  });
});
