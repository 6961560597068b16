import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  AppShellDocument,
  CreateForumEventDocument,
  CreateForumSessionDocument,
  ManageEventPageDocument,
  ManageEventsPageDocument,
  ManageFacilitatorCandidatesDocument,
  ManageSessionRegistrationsDocument,
  SetForumSessionFacilitatorsDocument,
  SetForumProfileQuestionsDocument,
  type CreateForumSessionMutationVariables,
} from '../../generated/graphql';
import { renderApp } from '../../test/render-app';

const EVENT_ID = btoa('ForumEvent:019ad1c2-3b4c-7d5e-8f60-718293a4b5c6');
const SESSION_ID = btoa('ForumSession:019ad1c2-3b4c-7d5e-8f60-000000000001');
const FOCUS_ID = btoa('ForumSession:019ad1c2-3b4c-7d5e-8f60-000000000002');

function shell(roles: Array<'COORDINATOR' | 'VOLUNTEER'>) {
  return {
    request: { query: AppShellDocument },
    result: { data: { me: { __typename: 'User' as const, id: 'u-1', roles, firstName: 'Derya', lastName: 'Işık', fullName: 'Derya Işık' } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
const coordinatorShell = shell(['COORDINATOR']);

function listEvent(id: string, title: string, status: 'DRAFT' | 'PUBLISHED' | 'CLOSED', sessions: number) {
  return {
    __typename: 'ForumEvent' as const,
    id,
    title,
    status,
    createdAt: '2026-11-20T09:00:00.000Z',
    sessions: Array.from({ length: sessions }, (_, index) => ({ __typename: 'ForumSession' as const, id: `${id}-s${index}` })),
  };
}

function eventsPage(events: ReturnType<typeof listEvent>[], hasNextPage: boolean) {
  return {
    request: { query: ManageEventsPageDocument },
    result: {
      data: {
        forumEvents: {
          __typename: 'QueryForumEventsConnection' as const,
          edges: events.map((node) => ({ __typename: 'QueryForumEventsConnectionEdge' as const, node })),
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: hasNextPage ? 'c-20' : null },
          totalCount: hasNextPage ? 25 : events.length,
        },
      },
    },
  };
}

const session = {
  __typename: 'ForumSession' as const,
  id: SESSION_ID,
  kind: 'OPEN' as const,
  title: 'Karşıyaka açık forumu',
  startsAt: '2027-01-10T11:00:00.000Z',
  endsAt: '2027-01-10T13:00:00.000Z',
  opensAt: '2026-12-01T07:00:00.000Z',
  closesAt: '2027-01-09T20:59:00.000Z',
  placeName: 'Karşıyaka Gençlik Merkezi',
  address: 'Cemal Gürsel Cd.',
  agenda: '',
  capacity: 40,
  panelSize: null,
  confirmedCount: 12,
  applicationCount: 0,
  waitlistCount: 3,
  facilitatorNames: ['Elif'],
  facilitators: [{ __typename: 'User' as const, id: 'u-9', fullName: 'Elif Şahin' }],
};

function eventPage(overrides: { sessions?: Array<typeof session | typeof focusGroup> } = {}) {
  return {
    request: { query: ManageEventPageDocument, variables: { id: EVENT_ID } },
    result: {
      data: {
        node: {
          __typename: 'ForumEvent' as const,
          id: EVENT_ID,
          title: 'Genç Kadınlar Kent Forumu',
          description: 'Kentin kararlarına katılım.',
          status: 'DRAFT' as const,
          titleTr: 'Genç Kadınlar Kent Forumu',
          titleEn: 'Young Women’s City Forum',
          descriptionTr: 'Kentin kararlarına katılım.',
          descriptionEn: 'Taking part in the city’s decisions.',
          gender: 'WOMAN' as const,
          minAge: 16,
          maxAge: 30,
          residentOfIzmir: true,
          questions: [
            {
              __typename: 'ForumProfileQuestion' as const,
              id: 'q-1',
              key: 'ilce-grubu',
              labelTr: 'İlçe grubu',
              labelEn: 'District group',
              options: [
                { __typename: 'ForumProfileOption' as const, id: 'o-1', value: 'merkez', labelTr: 'Merkez', labelEn: 'Centre' },
                { __typename: 'ForumProfileOption' as const, id: 'o-2', value: 'kuzey', labelTr: 'Kuzey', labelEn: 'North' },
              ],
            },
          ],
          sessions: overrides.sessions ?? [session, focusGroup],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const focusGroup = { ...session, id: FOCUS_ID, kind: 'FOCUS_GROUP' as const, title: 'Ulaşım odak grubu', capacity: null, panelSize: 12, confirmedCount: 0, applicationCount: 30, waitlistCount: 0, facilitatorNames: [], facilitators: [] };

describe('Forum yönetimi: the events list', () => {
  it('shows drafts with the others, each with its status, and offers more when there are more', async () => {
    renderApp('/forums/manage', [
      coordinatorShell,
      eventsPage([listEvent(EVENT_ID, 'Genç Kadınlar Kent Forumu', 'DRAFT', 2), listEvent('e-2', 'Bayraklı Forumu', 'PUBLISHED', 1), listEvent('e-3', 'Buca Forumu', 'CLOSED', 0)], true),
    ]);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Genç Kadınlar Kent Forumu');
    expect(within(rows[0]!).getByText('Taslak')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Yayında')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Kapandı')).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('link', { name: 'Genç Kadınlar Kent Forumu' })).toHaveAttribute('href', `/forums/manage/events/${encodeURIComponent(EVENT_ID)}`);
    expect(screen.getByText('3 / 25 kayıt gösteriliyor')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Daha fazla göster' })).toBeInTheDocument();
  });

  it('says so when there is no event yet', async () => {
    renderApp('/forums/manage', [coordinatorShell, eventsPage([], false)]);
    expect(await screen.findByText('Henüz forum etkinliği yok.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Daha fazla göster' })).not.toBeInTheDocument();
  });

  it('creates an event with its eligibility and opens its page', async () => {
    const create = vi.fn(() => ({ data: { createForumEvent: { __typename: 'MutationCreateForumEventSuccess' as const, data: { __typename: 'ForumEvent' as const, id: EVENT_ID } } } }));
    const user = userEvent.setup();
    renderApp('/forums/manage', [
      coordinatorShell,
      { ...eventsPage([], false), maxUsageCount: Number.POSITIVE_INFINITY },
      { request: { query: CreateForumEventDocument, variables: () => true }, result: create },
      eventPage(),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Yeni etkinlik' }));
    const dialog = await screen.findByRole('dialog', { name: 'Yeni forum etkinliği' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Başlık (Türkçe)' }), 'Genç Kadınlar Kent Forumu');
    await user.type(within(dialog).getByRole('textbox', { name: 'Başlık (İngilizce)' }), 'Young Women’s City Forum');
    const maxAge = within(dialog).getByRole('textbox', { name: 'En büyük yaş' });
    await user.clear(maxAge);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Yalnızca İzmir ilçelerinde yaşayanlar' }));
    await user.click(within(dialog).getByRole('button', { name: 'Etkinliği oluştur' }));
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create).toHaveBeenCalledWith({
      input: { titleTr: 'Genç Kadınlar Kent Forumu', titleEn: 'Young Women’s City Forum', descriptionTr: '', descriptionEn: '', gender: 'WOMAN', minAge: 16, maxAge: null, residentOfIzmir: false },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Genç Kadınlar Kent Forumu' })).toBeInTheDocument();
  });

  it('refuses a volunteer', async () => {
    renderApp('/forums/manage', [shell(['VOLUNTEER'])]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Yetkiniz yok' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Yeni etkinlik' })).not.toBeInTheDocument();
  });
});

describe('Forum yönetimi: an event', () => {
  it('lists its sessions with their counts and the links to selection, running and the report', async () => {
    renderApp(`/forums/manage/events/${encodeURIComponent(EVENT_ID)}`, [coordinatorShell, eventPage()]);
    const table = await screen.findByRole('table');
    const [open, focus] = within(table).getAllByRole('row').slice(1);
    expect(open).toHaveTextContent('Karşıyaka açık forumu');
    expect(open).toHaveTextContent('40 kişilik');
    expect(open).toHaveTextContent('12 kesin, 3 yedek');
    expect(open).toHaveTextContent('Elif');
    expect(within(open!).queryByRole('link', { name: /seçim/ })).not.toBeInTheDocument();
    expect(focus).toHaveTextContent('12 kişilik panel');
    expect(focus).toHaveTextContent('30 başvuru');
    expect(within(focus!).getByRole('link', { name: 'Ulaşım odak grubu: seçim' })).toHaveAttribute('href', `/forums/sessions/${encodeURIComponent(FOCUS_ID)}/selection`);
    expect(within(open!).getByRole('link', { name: 'Karşıyaka açık forumu: yoklama ve bulgular' })).toHaveAttribute('href', `/forums/sessions/${encodeURIComponent(SESSION_ID)}/run`);
    expect(screen.getByRole('link', { name: 'Rapor' })).toHaveAttribute('href', `/forums/events/${encodeURIComponent(EVENT_ID)}/report`);
    expect(screen.getByRole('button', { name: 'Yayımla' })).toBeInTheDocument();
  });

  it('creates a focus group with the times read in İzmir and the panel size, not seats', async () => {
    const create = vi.fn((_variables: CreateForumSessionMutationVariables) => ({
      data: { createForumSession: { __typename: 'MutationCreateForumSessionSuccess' as const, data: { __typename: 'ForumSession' as const, id: 'new-session' } } },
    }));
    const user = userEvent.setup();
    renderApp(`/forums/manage/events/${encodeURIComponent(EVENT_ID)}`, [
      coordinatorShell,
      eventPage({ sessions: [] }),
      { request: { query: CreateForumSessionDocument, variables: () => true }, result: create },
    ]);
    expect(await screen.findByText('Bu etkinliğin henüz oturumu yok.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yeni oturum' }));
    const dialog = await screen.findByRole('dialog', { name: 'Yeni oturum' });
    await user.click(within(dialog).getByText('Odak grubu'));
    await user.type(within(dialog).getByRole('textbox', { name: 'Başlık' }), 'Ulaşım odak grubu');
    const size = within(dialog).getByRole('textbox', { name: 'Panel büyüklüğü' });
    await user.clear(size);
    await user.type(size, '12');
    await user.type(within(dialog).getByRole('textbox', { name: 'Yer' }), 'Konak Kültür Merkezi');
    fireEvent.change(within(dialog).getByLabelText(/Başlangıç/), { target: { value: '2027-01-15T14:00' } });
    fireEvent.change(within(dialog).getByLabelText(/Bitiş/), { target: { value: '2027-01-15T16:30' } });
    fireEvent.change(within(dialog).getByLabelText(/Kayıtların açılışı/), { target: { value: '2026-12-20T10:00' } });
    fireEvent.change(within(dialog).getByLabelText(/Kayıtların kapanışı/), { target: { value: '2027-01-10T23:59' } });
    await user.click(within(dialog).getByRole('button', { name: 'Oturumu oluştur' }));
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0]![0]).toEqual({
      input: {
        eventId: EVENT_ID,
        kind: 'FOCUS_GROUP',
        title: 'Ulaşım odak grubu',
        placeName: 'Konak Kültür Merkezi',
        address: '',
        agenda: '',
        startsAt: '2027-01-15T11:00:00.000Z',
        endsAt: '2027-01-15T13:30:00.000Z',
        opensAt: '2026-12-20T07:00:00.000Z',
        closesAt: '2027-01-10T20:59:00.000Z',
        capacity: null,
        panelSize: 12,
      },
    });
    await vi.waitFor(() => expect(screen.queryByRole('dialog', { name: 'Yeni oturum' })).not.toBeInTheDocument());
  });

  it('explains in its own words why the questions cannot change once someone has applied', async () => {
    const save = vi.fn(() => ({
      data: { setForumProfileQuestions: { __typename: 'ForumQuestionsAnsweredError' as const, message: 'Questions answered (server text)' } },
    }));
    const user = userEvent.setup();
    renderApp(`/forums/manage/events/${encodeURIComponent(EVENT_ID)}`, [
      coordinatorShell,
      eventPage(),
      { request: { query: SetForumProfileQuestionsDocument, variables: () => true }, result: save },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Soruları düzenle' }));
    await user.click(screen.getByRole('button', { name: 'Soru 1: seçenek ekle' }));
    await user.type(screen.getByRole('textbox', { name: 'Soru 1, seçenek 3: değer' }), 'guney');
    await user.type(screen.getByRole('textbox', { name: 'Soru 1, seçenek 3: Türkçe' }), 'Güney');
    await user.type(screen.getByRole('textbox', { name: 'Soru 1, seçenek 3: İngilizce' }), 'South');
    await user.click(screen.getByRole('button', { name: 'Soruları kaydet' }));
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({
        input: expect.objectContaining({ questions: [expect.objectContaining({ key: 'ilce-grubu', options: expect.arrayContaining([{ value: 'guney', labelTr: 'Güney', labelEn: 'South' }]) })] }),
      }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Bu etkinliğe başvuru yapıldığı için profil soruları artık değiştirilemez.');
    expect(alert).not.toHaveTextContent('server text');
  });

  it('starts the facilitators from the current ones and saves the whole list; shows an open forum’s registrations', async () => {
    const save = vi.fn(() => ({
      data: {
        setForumSessionFacilitators: {
          __typename: 'MutationSetForumSessionFacilitatorsSuccess' as const,
          data: { ...session, facilitatorNames: ['Elif', 'Zeynep'], facilitators: [...session.facilitators, { __typename: 'User' as const, id: 'u-10', fullName: 'Zeynep Çelik' }] },
        },
      },
    }));
    const user = userEvent.setup();
    renderApp(`/forums/manage/events/${encodeURIComponent(EVENT_ID)}`, [
      coordinatorShell,
      eventPage(),
      {
        request: { query: ManageFacilitatorCandidatesDocument },
        result: {
          data: {
            councilFacilitatorCandidates: [
              { __typename: 'User' as const, id: 'u-9', fullName: 'Elif Şahin' },
              { __typename: 'User' as const, id: 'u-10', fullName: 'Zeynep Çelik' },
            ],
          },
        },
      },
      { request: { query: SetForumSessionFacilitatorsDocument, variables: () => true }, result: save },
      {
        request: { query: ManageSessionRegistrationsDocument, variables: { sessionId: SESSION_ID } },
        result: {
          data: {
            forumSessionRegistrations: {
              __typename: 'QueryForumSessionRegistrationsConnection' as const,
              totalCount: 2,
              edges: [
                { __typename: 'QueryForumSessionRegistrationsConnectionEdge' as const, node: { __typename: 'ForumRegistration' as const, id: 'r-1', participantName: 'Ayşe Yılmaz', status: 'CONFIRMED' as const, waitlistPosition: null, createdAt: '2026-12-02T08:00:00.000Z' } },
                { __typename: 'QueryForumSessionRegistrationsConnectionEdge' as const, node: { __typename: 'ForumRegistration' as const, id: 'r-2', participantName: 'İpek Öz', status: 'WAITLISTED' as const, waitlistPosition: 1, createdAt: '2026-12-02T09:00:00.000Z' } },
              ],
            },
          },
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Karşıyaka açık forumu: kolaylaştırıcılar' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kolaylaştırıcılar: Karşıyaka açık forumu' });
    await user.type(within(dialog).getByRole('combobox', { name: 'Kolaylaştırıcılar' }), 'zey');
    const listbox = await screen.findByRole('listbox');
    await user.click(within(listbox).getByRole('option', { name: 'Zeynep Çelik' }));
    await user.click(within(dialog).getByRole('button', { name: 'Kaydet' }));
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save).toHaveBeenCalledWith({ input: { sessionId: SESSION_ID, userIds: ['u-9', 'u-10'] } });
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Karşıyaka açık forumu: kayıtlar' }));
    const panel = await screen.findByRole('region', { name: 'Kayıtlar: Karşıyaka açık forumu' });
    const rows = (await within(panel).findAllByRole('row')).slice(1);
    expect(rows[0]).toHaveTextContent('Ayşe Yılmaz');
    expect(rows[0]).toHaveTextContent('Kesin');
    expect(rows[1]).toHaveTextContent('İpek Öz');
    expect(rows[1]).toHaveTextContent('Yedek');
    expect(rows[1]).toHaveTextContent('1');
  });
});
