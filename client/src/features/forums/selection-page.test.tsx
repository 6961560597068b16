import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  AppShellDocument,
  CommitForumSelectionDocument,
  DrawForumSelectionDocument,
  ForumSelectionPageDocument,
  ForumSelectionPreviewDocument,
  ForumsPageDocument,
  ReplaceForumParticipantDocument,
  SetForumQuotasDocument,
  type ForumApplicationStatus,
  type Role,
} from '../../generated/graphql';
import { renderApp } from '../../test/render-app';

const SESSION_ID = btoa('ForumSession:s-1');
const PATH = `/forums/sessions/${encodeURIComponent(SESSION_ID)}/selection`;
const AYSE = btoa('ForumApplication:a-1');
const BUSE = btoa('ForumApplication:a-2');
const CEREN = btoa('ForumApplication:a-3');

function shell(roles: Role[]) {
  return {
    request: { query: AppShellDocument },
    result: { data: { me: { __typename: 'User' as const, id: 'u-1', roles, firstName: 'Nilay', lastName: 'Koç', fullName: 'Nilay Koç' } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

type Stage = 'open' | 'committed' | 'drawn';

function application(id: string, participantName: string, district: string, status: ForumApplicationStatus, waitlistRank: number | null = null) {
  return {
    __typename: 'ForumApplication' as const,
    id,
    participantName,
    status,
    waitlistRank,
    answers: [{ __typename: 'ForumApplicationAnswer' as const, questionKey: 'district-group', value: district }],
  };
}

function selection(stage: Stage) {
  if (stage === 'open') return null;
  const drawn = stage === 'drawn';
  return {
    __typename: 'ForumSelection' as const,
    status: drawn ? 'DRAWN' : 'COMMITTED',
    secretHash: 'a'.repeat(64),
    distributionHash: 'd'.repeat(64),
    algorithm: 'leximin-1',
    committedAt: '2026-12-01T09:00:00.000Z',
    publicValue: drawn ? 'drand-5123456-abcdef' : null,
    seed: drawn ? 'c'.repeat(64) : null,
    secret: drawn ? 'e'.repeat(64) : null,
    drawnAt: drawn ? '2026-12-02T09:00:00.000Z' : null,
    panelIds: drawn ? [CEREN, AYSE] : [],
    waitlistIds: drawn ? [BUSE] : [],
  };
}

/** The page's answer at a stage; `more` pages the applicants: this page's cursor and whether another follows. */
function page(stage: Stage, more: { after?: string; next?: string; people?: ReturnType<typeof application>[] } = {}) {
  const drawn = stage === 'drawn';
  const people = more.people ?? [
    application(AYSE, 'Ayşe Yıldız', 'north', drawn ? 'SELECTED' : 'APPLIED'),
    application(BUSE, 'Buse Işık', 'north', drawn ? 'WAITLISTED' : 'APPLIED', drawn ? 1 : null),
    application(CEREN, 'Ceren Çelik', 'south', drawn ? 'SELECTED' : 'APPLIED'),
  ];
  const edges = (nodes: ReturnType<typeof application>[]) => nodes.map((node) => ({ __typename: 'QueryForumSessionApplicationsConnectionEdge' as const, node }));
  return {
    request: { query: ForumSelectionPageDocument, variables: more.after ? { id: SESSION_ID, after: more.after } : { id: SESSION_ID } },
    result: {
      data: {
        node: {
          __typename: 'ForumSession' as const,
          id: SESSION_ID,
          kind: 'FOCUS_GROUP' as const,
          title: 'Ulaşım odak grubu',
          startsAt: '2026-12-12T11:00:00.000Z',
          endsAt: '2026-12-12T13:00:00.000Z',
          panelSize: 2,
          applicationCount: 3,
          event: {
            __typename: 'ForumEvent' as const,
            id: 'ev-1',
            title: 'Genç Kadınlar Forumu',
            questions: [
              {
                __typename: 'ForumProfileQuestion' as const,
                id: 'q-1',
                key: 'district-group',
                label: 'İlçe grubu',
                options: [
                  { __typename: 'ForumProfileOption' as const, id: 'o-1', value: 'north', label: 'Kuzey' },
                  { __typename: 'ForumProfileOption' as const, id: 'o-2', value: 'south', label: 'Güney' },
                ],
              },
            ],
          },
          quotas: [{ __typename: 'ForumQuotaRule' as const, questionKey: 'district-group', value: 'south', min: 2, max: 2 }],
          selection: selection(stage),
        },
        forumSessionApplications: {
          __typename: 'QueryForumSessionApplicationsConnection' as const,
          totalCount: 3,
          edges: edges(people),
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage: Boolean(more.next), endCursor: more.next ?? null },
        },
        panel: {
          __typename: 'QueryForumSessionApplicationsConnection' as const,
          edges: edges(people.filter((person) => person.status === 'SELECTED')),
        },
      },
    },
  };
}

type Preview = {
  feasible: boolean;
  minimumProbability: number | null;
  distributionHash: string | null;
  probabilities: { applicationId: string; probability: number }[];
  conflicts: string[];
  relaxation: { questionKey: string; value: string; minFrom: number | null; minTo: number | null; maxFrom: number | null; maxTo: number | null }[] | null;
  relaxationTotal: number | null;
};

function preview(data: Preview) {
  return {
    request: { query: ForumSelectionPreviewDocument, variables: { sessionId: SESSION_ID } },
    result: {
      data: {
        forumSelectionPreview: {
          __typename: 'QueryForumSelectionPreviewSuccess' as const,
          data: {
            __typename: 'ForumSelectionPreview' as const,
            ...data,
            probabilities: data.probabilities.map((row) => ({ __typename: 'ForumApplicantProbability' as const, ...row })),
            relaxation: data.relaxation?.map((row) => ({ __typename: 'ForumQuotaChange' as const, ...row })) ?? null,
          },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const feasible = preview({
  feasible: true,
  minimumProbability: 0.5,
  distributionHash: 'f'.repeat(64),
  probabilities: [
    { applicationId: AYSE, probability: 0.5 },
    { applicationId: BUSE, probability: 0.5 },
    { applicationId: CEREN, probability: 0.123456789 },
  ],
  conflicts: [],
  relaxation: null,
  relaxationTotal: null,
});

const coordinator = shell(['COORDINATOR']);

describe('the focus group’s selection page', () => {
  it('lists the applicants with their answers by label, and every applicant’s probability joined to the names', async () => {
    renderApp(PATH, [coordinator, page('open'), feasible]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Odak grubu seçimi: Ulaşım odak grubu' })).toBeInTheDocument();
    const applicants = screen.getByRole('region', { name: 'Başvuranlar ve yanıtları' });
    expect(within(applicants).getByRole('row', { name: /Ceren Çelik/ })).toHaveTextContent('Güney');
    expect(within(applicants).getByRole('row', { name: /Buse Işık/ })).toHaveTextContent('KuzeyBaşvurdu');

    expect(await screen.findByTestId('minimum-probability')).toHaveTextContent('%50,00');
    const chances = screen.getByRole('region', { name: 'Başvuranların seçilme olasılıkları' });
    const rows = within(chances).getAllByRole('row').slice(1);
    // The worst-off first.
    expect(rows.map((row) => row.textContent)).toEqual(['Ceren Çelik%12,35', 'Ayşe Yıldız%50,00', 'Buse Işık%50,00']);
    expect(screen.getByText('f'.repeat(64))).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Güney: en az' })).toHaveValue('2');
  });

  it('speaks English too', async () => {
    renderApp(PATH, [coordinator, page('open'), feasible], { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Focus group selection: Ulaşım odak grubu' })).toBeInTheDocument();
    expect(await screen.findByTestId('minimum-probability')).toHaveTextContent('50.00%');
    expect(screen.getByRole('textbox', { name: 'Güney: at least' })).toHaveValue('2');
  });

  it('loads the next applicants on “show more”', async () => {
    const user = userEvent.setup();
    const next = page('open', { after: 'cursor-3', people: [application(btoa('ForumApplication:a-4'), 'Dilara Öz', 'south', 'APPLIED')] });
    renderApp(PATH, [coordinator, page('open', { next: 'cursor-3' }), feasible, next]);
    const applicants = await screen.findByRole('region', { name: 'Başvuranlar ve yanıtları' });
    expect(within(applicants).getAllByRole('row')).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'Daha fazla göster' }));
    expect(await within(applicants).findByRole('row', { name: /Dilara Öz/ })).toBeInTheDocument();
    expect(within(applicants).getAllByRole('row')).toHaveLength(5);
    expect(screen.queryByRole('button', { name: 'Daha fazla göster' })).not.toBeInTheDocument();
  });

  it('shows why the quotas cannot be met, never an error page, and copies the suggested relaxation into the editor', async () => {
    const user = userEvent.setup();
    const infeasible = preview({
      feasible: false,
      minimumProbability: null,
      distributionHash: null,
      probabilities: [],
      conflicts: ['"district-group" sorusuna "south" yanıtını veren 1 başvuru var; en az 2 gerekiyor.'],
      relaxation: [{ questionKey: 'district-group', value: 'south', minFrom: 2, minTo: 1, maxFrom: null, maxTo: null }],
      relaxationTotal: 1,
    });
    renderApp(PATH, [coordinator, page('open'), infeasible]);
    const alert = await screen.findByText('Bu kotaları karşılayan bir panel yok');
    expect(alert.closest('[role="alert"], .mantine-Alert-root')).toHaveTextContent('en az 2 gerekiyor');
    const relaxation = screen.getByRole('region', { name: 'Önerilen gevşetme' });
    expect(within(relaxation).getByRole('row', { name: /İlçe grubu: Güney/ })).toHaveTextContent('2 → 1');
    expect(screen.queryByTestId('minimum-probability')).not.toBeInTheDocument();

    const min = screen.getByRole('textbox', { name: 'Güney: en az' });
    expect(min).toHaveValue('2');
    expect(screen.getByRole('button', { name: 'Kotaları kaydet' })).toBeDisabled();
    await user.click(within(relaxation).getByRole('button', { name: 'Bu gevşetmeyi uygula' }));
    expect(min).toHaveValue('1');
    // The maximum it left alone stays.
    expect(screen.getByRole('textbox', { name: 'Güney: en çok' })).toHaveValue('2');
    expect(screen.getByText('Kaydedilmemiş değişiklikler var.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kotaları kaydet' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Dağılımı yayımla' })).toBeDisabled();
  });

  it('sends the panel size and every bound set, and shows a refusal in words', async () => {
    const user = userEvent.setup();
    const save = vi.fn(() => ({
      data: { setForumQuotas: { __typename: 'ForumUnknownQuotaError' as const, message: 'Unknown quota', code: 'FORUM_UNKNOWN_QUOTA', questionKey: 'district-group', value: 'north' } },
    }));
    const input = {
      sessionId: SESSION_ID,
      panelSize: 2,
      quotas: [
        { questionKey: 'district-group', value: 'south', min: 1, max: 2 },
        { questionKey: 'district-group', value: 'north', min: 0, max: 1 },
      ],
    };
    renderApp(PATH, [coordinator, page('open'), feasible, { request: { query: SetForumQuotasDocument, variables: { input } }, result: save }]);
    const min = await screen.findByRole('textbox', { name: 'Güney: en az' });
    await user.clear(min);
    await user.type(min, '1');
    await user.type(screen.getByRole('textbox', { name: 'Kuzey: en çok' }), '1');
    await user.click(screen.getByRole('button', { name: 'Kotaları kaydet' }));
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('alert')).toHaveTextContent('Etkinlikte “district-group” sorusunun “north” yanıtı yok; bu kota kaydedilemedi.');
  });

  it('commits after a confirmation and then shows the hashes to publish', async () => {
    const user = userEvent.setup();
    const commit = vi.fn(() => ({
      data: {
        commitForumSelection: {
          __typename: 'MutationCommitForumSelectionSuccess' as const,
          data: { __typename: 'ForumSession' as const, id: SESSION_ID, registrationOpen: false, selection: selection('committed') },
        },
      },
    }));
    renderApp(PATH, [
      coordinator,
      page('open'),
      feasible,
      { request: { query: CommitForumSelectionDocument, variables: { input: { sessionId: SESSION_ID } } }, result: commit },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Dağılımı yayımla' }));
    const dialog = await screen.findByRole('dialog', { name: 'Dağılım yayımlansın mı?' });
    expect(commit).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Yayımla' }));
    await vi.waitFor(() => expect(commit).toHaveBeenCalledTimes(1));
    const section = await screen.findByRole('region', { name: '1. Dağılımı yayımla' });
    expect(await within(section).findByText('a'.repeat(64))).toBeInTheDocument();
    expect(within(section).getByText('d'.repeat(64))).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Gizli değerin özeti (SHA-256) kopyala' })).toBeInTheDocument();
    expect(section).toHaveTextContent('taahhüt ve açıklama');
    expect(screen.getByRole('textbox', { name: 'Güney: en az' })).toBeDisabled();
  });

  it('draws with the public value and shows the panel, the waitlist in order, the seed and the secret', async () => {
    const user = userEvent.setup();
    const draw = vi.fn(() => ({
      data: {
        drawForumSelection: {
          __typename: 'MutationDrawForumSelectionSuccess' as const,
          data: { __typename: 'ForumSession' as const, id: SESSION_ID, selection: selection('drawn') },
        },
      },
    }));
    renderApp(PATH, [
      coordinator,
      page('committed'),
      { request: { query: DrawForumSelectionDocument, variables: { input: { sessionId: SESSION_ID, publicValue: 'drand-5123456-abcdef' } } }, result: draw },
      page('drawn'),
    ]);
    const section = await screen.findByRole('region', { name: '2. Kurayı çek' });
    const button = within(section).getByRole('button', { name: 'Kurayı çek' });
    expect(button).toBeDisabled();
    await user.type(within(section).getByRole('textbox', { name: /Herkese açık değer/ }), '  drand-5123456-abcdef ');
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Kura çekilsin mi?' });
    expect(dialog).toHaveTextContent('“drand-5123456-abcdef”');
    await user.click(within(dialog).getByRole('button', { name: 'Kurayı çek' }));
    await vi.waitFor(() => expect(draw).toHaveBeenCalledTimes(1));

    const panel = await screen.findByTestId('selection-panel');
    expect(within(panel).getAllByRole('row').map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Ceren Çelik', 'Ayşe Yıldız']);
    expect(screen.getByTestId('selection-waitlist')).toHaveTextContent('Buse Işık');
    expect(screen.getByText('c'.repeat(64))).toBeInTheDocument();
    expect(screen.getByText('e'.repeat(64))).toBeInTheDocument();
    expect(screen.getByText('leximin-1')).toBeInTheDocument();
    expect(screen.getByText(/Focus groups: a fair selection, and how it is checked/)).toBeInTheDocument();
  });

  it('replaces a selected participant who dropped out, after a confirmation', async () => {
    const user = userEvent.setup();
    const replace = vi.fn(() => ({
      data: { replaceForumParticipant: { __typename: 'MutationReplaceForumParticipantSuccess' as const, data: application(BUSE, 'Buse Işık', 'north', 'SELECTED') } },
    }));
    renderApp(PATH, [
      coordinator,
      page('drawn'),
      { request: { query: ReplaceForumParticipantDocument, variables: { input: { applicationId: AYSE } } }, result: replace },
      page('drawn'),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Ayşe Yıldız yerine birini al' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ayşe Yıldız yerine birini almak' });
    await user.click(within(dialog).getByRole('button', { name: 'Yerine birini al' }));
    await vi.waitFor(() => expect(replace).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Ayşe Yıldız yerine yedek listesinden biri alındı.')).toBeInTheDocument();
    // Only someone on the panel can be replaced.
    expect(screen.queryByRole('button', { name: 'Buse Işık yerine birini al' })).not.toBeInTheDocument();
  });

  it('is for coordinators only', async () => {
    renderApp(PATH, [shell(['VOLUNTEER'])]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Yetkiniz yok' })).toBeInTheDocument();
    expect(screen.queryByText('Ulaşım odak grubu')).not.toBeInTheDocument();
  });
});

describe('the way in', () => {
  const forums = {
    request: { query: ForumsPageDocument },
    result: {
      data: {
        forumEvents: {
          __typename: 'QueryForumEventsConnection' as const,
          edges: [
            {
              __typename: 'QueryForumEventsConnectionEdge' as const,
              node: {
                __typename: 'ForumEvent' as const,
                id: 'ev-1',
                title: 'Genç Kadınlar Forumu',
                description: '',
                status: 'PUBLISHED' as const,
                gender: null,
                minAge: 18,
                maxAge: 30,
                residentOfIzmir: true,
                sessions: (['OPEN', 'FOCUS_GROUP'] as const).map((kind) => ({
                  __typename: 'ForumSession' as const,
                  id: kind === 'OPEN' ? 'open-1' : SESSION_ID,
                  kind,
                  title: kind === 'OPEN' ? 'Açık forum' : 'Ulaşım odak grubu',
                  startsAt: '2026-12-12T11:00:00.000Z',
                  endsAt: '2026-12-12T13:00:00.000Z',
                  placeName: 'Kültürpark',
                  address: '',
                  agenda: '',
                  capacity: kind === 'OPEN' ? 40 : null,
                  confirmedCount: 0,
                  waitlistCount: 0,
                  panelSize: kind === 'OPEN' ? null : 2,
                  applicationCount: 3,
                  registrationOpen: true,
                  facilitatorNames: [],
                  myRegistration: null,
                  myApplication: null,
                })),
              },
            },
          ],
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };

  it.each([
    ['a coordinator sees it under each focus group', ['COORDINATOR'] as Role[], 1],
    ['a volunteer does not', ['VOLUNTEER'] as Role[], 0],
  ])('the forums page links to the selection page: %s', async (_label, roles, links) => {
    renderApp('/forums', [shell(roles), forums]);
    expect(await screen.findByRole('article', { name: 'Ulaşım odak grubu' })).toBeInTheDocument();
    await screen.findByRole('button', { name: 'Başvur' });
    const found = screen.queryAllByRole('link', { name: /seçim sayfası/ });
    expect(found).toHaveLength(links);
    if (links) expect(found[0]).toHaveAttribute('href', PATH);
  });
});
