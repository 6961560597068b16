import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  ActivateVolunteerDocument,
  AppShellDocument,
  RecordSessionAttendanceDocument,
  RoundTrainingsPageDocument,
  type ApplicationStatus,
  type AttendanceStatus,
} from '../../generated/graphql';
import { renderApp } from '../../test/render-app';

const ROUND_ID = 'UmVjcnVpdG1lbnRSb3VuZDox';

const coordinatorShell = {
  request: { query: AppShellDocument },
  result: {
    data: {
      me: {
        __typename: 'User' as const,
        id: 'u-coordinator',
        roles: ['COORDINATOR' as const],
        firstName: 'Mehmet',
        lastName: 'Kaya',
        fullName: 'Mehmet Kaya',
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const BASIC = { __typename: 'Qualification' as const, id: 'q-basic', name: 'Toplumsal Cinsiyet Eşitliği Temel Eğitimi' };

function session(id: string, title: string, startsAt: string, makeUpFor: { id: string; title: string } | null = null) {
  return {
    __typename: 'TrainingSession' as const,
    id,
    title,
    startsAt,
    endsAt: new Date(new Date(startsAt).getTime() + 3 * 3_600_000).toISOString(),
    place: 'Konak Kadın Danışma Merkezi',
    trainer: 'Dr. Selin Aras',
    capacity: 20,
    isMakeUp: makeUpFor !== null,
    makeUpFor: makeUpFor ? { __typename: 'TrainingSession' as const, ...makeUpFor } : null,
  };
}

const S1 = session('s-1', 'Temel kavramlar', '2026-10-01T07:00:00.000Z');
const S2 = session('s-2', 'Şiddetin önlenmesi', '2026-10-08T07:00:00.000Z');
const S3 = session('s-3', 'Sahada iletişim', '2026-10-15T07:00:00.000Z');
const MAKE_UP = session('s-m', 'Telafi: Şiddetin önlenmesi', '2026-10-20T15:00:00.000Z', { id: 's-2', title: 'Şiddetin önlenmesi' });

type Mark = [sessionId: string, status: AttendanceStatus];
function enrolment(
  id: string,
  fullName: string,
  marks: Mark[],
  { status = 'IN_TRAINING', completedAt = null, missing = [] }: { status?: ApplicationStatus; completedAt?: string | null; missing?: (typeof BASIC)[] } = {},
) {
  const attended = marks.filter(([, s]) => s === 'ATTENDED').length;
  return {
    __typename: 'TrainingEnrolment' as const,
    id,
    completedAt,
    applicant: { __typename: 'User' as const, id: `u-${id}`, fullName },
    application: { __typename: 'VolunteerApplication' as const, id: `a-${id}`, status },
    attendance: marks.map(([sessionId, s]) => ({ __typename: 'SessionAttendance' as const, sessionId, status: s })),
    progress: { __typename: 'CompletionProgress' as const, attended, required: 3, complete: attended >= 3 },
    missingQualifications: missing,
  };
}

const AYSE = enrolment('e-1', 'Ayşe Yılmaz', [
  ['s-1', 'ATTENDED'],
  ['s-2', 'ATTENDED'],
]);
const ILGIN = enrolment('e-2', 'Ilgın Işık', [
  ['s-1', 'ATTENDED'],
  ['s-2', 'ABSENT'],
  ['s-3', 'ATTENDED'],
], { missing: [BASIC] });

const page = {
  request: { query: RoundTrainingsPageDocument, variables: { roundId: ROUND_ID } },
  result: {
    data: {
      node: {
        __typename: 'RecruitmentRound' as const,
        id: ROUND_ID,
        title: 'Eşit İzmir Gönüllüleri 3. Dönem',
        status: 'TRAINING' as const,
        requiredQualifications: [BASIC],
        enrolmentCandidates: [],
      },
      trainingCourses: [
        {
          __typename: 'TrainingCourse' as const,
          id: 'c-1',
          title: 'Toplumsal Cinsiyet Eşitliği Temel Eğitimi',
          completionRule: 'ALL_SESSIONS' as const,
          minSessions: null,
          qualification: BASIC,
          sessions: [S1, S2, S3, MAKE_UP],
          enrolments: [AYSE, ILGIN],
        },
      ],
      qualifications: [{ ...BASIC, validityMonths: 24 }],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

async function openPage() {
  const view = renderApp(`/coordination/rounds/${ROUND_ID}/trainings`, mocks);
  await screen.findByRole('heading', { name: 'Eğitimler: Eşit İzmir Gönüllüleri 3. Dönem' });
  return view;
}
let mocks: Parameters<typeof renderApp>[1] = [];

describe('the attendance grid', () => {
  it('takes attendance for a session with the keyboard and shows who completed the course', async () => {
    const record = vi.fn(() => ({
      data: {
        recordSessionAttendance: {
          __typename: 'MutationRecordSessionAttendanceSuccess' as const,
          data: [
            enrolment('e-1', 'Ayşe Yılmaz', [
              ['s-1', 'ATTENDED'],
              ['s-2', 'ATTENDED'],
              ['s-3', 'ATTENDED'],
            ], { completedAt: '2026-10-15T10:00:00.000Z' }),
          ],
        },
      },
    }));
    mocks = [coordinatorShell, page, { request: { query: RecordSessionAttendanceDocument, variables: () => true }, result: record }];
    const user = userEvent.setup();
    await openPage();

    // The latest regular session that has started is chosen; pick it explicitly all the same.
    await user.click(screen.getByRole('combobox', { name: 'Yoklama alınacak oturum' }));
    await user.click(await screen.findByRole('option', { name: /^Sahada iletişim/ }));
    const grid = await screen.findByRole('table', { name: 'Sahada iletişim yoklaması' });
    expect(within(grid).getAllByRole('row')).toHaveLength(3);

    // Ilgın's attendance is already recorded; Ayşe's is not.
    const ilgin = within(grid).getByRole('radiogroup', { name: 'Ilgın Işık: yoklama' });
    expect(within(ilgin).getByRole('radio', { name: 'Katıldı' })).toBeChecked();
    const ayse = within(grid).getByRole('radiogroup', { name: 'Ayşe Yılmaz: yoklama' });
    expect(within(ayse).getByRole('radio', { name: 'Katıldı' })).not.toBeChecked();

    // Keyboard: focus the first choice, move with the arrow keys, then settle on "attended".
    within(ayse).getByRole('radio', { name: 'Katıldı' }).focus();
    await user.keyboard('[Space]');
    await user.keyboard('[ArrowRight]');
    expect(within(ayse).getByRole('radio', { name: 'Katılmadı' })).toBeChecked();
    await user.keyboard('[ArrowLeft]');
    expect(within(ayse).getByRole('radio', { name: 'Katıldı' })).toBeChecked();
    expect(screen.getByText('Kaydedilmemiş değişiklikler var.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Yoklamayı kaydet' }));
    // Only the change is sent: Ilgın's unchanged mark is not recorded again.
    await waitFor(() => expect(record).toHaveBeenCalledWith({ input: { sessionId: 's-3', entries: [{ enrolmentId: 'e-1', status: 'ATTENDED' }] } }));
    expect(await screen.findByText('Yoklama kaydedildi.')).toBeInTheDocument();
    expect(await screen.findByText('1 kişi eğitimi tamamladı; yeterlilikleri verildi.')).toBeInTheDocument();
    const ayseRow = within(grid).getByRole('row', { name: /Ayşe Yılmaz/ });
    expect(within(ayseRow).getByText('3 / 3 oturum')).toBeInTheDocument();
    expect(within(ayseRow).getByText('Tamamladı')).toBeInTheDocument();
  });

  it('lists only those who missed the original session on a make-up session', async () => {
    mocks = [coordinatorShell, page];
    const user = userEvent.setup();
    await openPage();
    await user.click(screen.getByRole('combobox', { name: 'Yoklama alınacak oturum' }));
    await user.click(await screen.findByRole('option', { name: /^Telafi: Telafi: Şiddetin önlenmesi/ }));
    const grid = await screen.findByRole('table', { name: 'Telafi: Şiddetin önlenmesi yoklaması' });
    expect(within(grid).getAllByRole('row').map((row) => row.textContent)).toEqual([
      expect.stringContaining('Katılımcı'),
      expect.stringContaining('Ilgın Işık'),
    ]);
    expect(screen.getByText('Telafi oturumunda yalnızca asıl oturumu kaçıranlar listelenir.')).toBeInTheDocument();
  });

  it('asks for a mark before saving', async () => {
    mocks = [coordinatorShell, page];
    const user = userEvent.setup();
    await openPage();
    await user.click(screen.getByRole('button', { name: 'Yoklamayı kaydet' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Kaydedilecek yoklama yok: en az bir kişi için seçim yapın.');
  });
});

describe('activation', () => {
  it('lists the missing qualifications the server names when activation is refused', async () => {
    const activate = vi.fn(() => ({
      data: {
        activateVolunteer: {
          __typename: 'QualificationsMissingError' as const,
          message: 'Gönüllü, dönemin gerektirdiği yeterliliklere (eğitimlere) sahip olmadan etkinleştirilemez.',
          missing: [BASIC],
        },
      },
    }));
    mocks = [coordinatorShell, page, { request: { query: ActivateVolunteerDocument, variables: () => true }, result: activate }];
    const user = userEvent.setup();
    await openPage();

    const row = screen.getByRole('row', { name: /Ilgın Işık/ });
    expect(within(row).getByText('Eksik: Toplumsal Cinsiyet Eşitliği Temel Eğitimi')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Ilgın Işık adlı kişiyi gönüllü olarak etkinleştir' }));

    const alert = await screen.findByRole('alert');
    expect(activate).toHaveBeenCalledWith({ input: { applicationId: 'a-e-2' } });
    expect(within(alert).getByText('Ilgın Işık etkinleştirilemedi')).toBeInTheDocument();
    expect(alert).toHaveTextContent('etkinleştirilemez');
    expect(within(alert).getByText('Eksik ya da süresi dolmuş yeterlilikler:')).toBeInTheDocument();
    expect(within(alert).getByRole('listitem')).toHaveTextContent('Toplumsal Cinsiyet Eşitliği Temel Eğitimi');
  });

  it('shows an illegal move as the server words it, and a success as the new status', async () => {
    const activate = vi
      .fn()
      .mockReturnValueOnce({
        data: {
          activateVolunteer: {
            __typename: 'IllegalTransitionError' as const,
            message: 'Başvuru bu durumdan (ACTIVE) bu duruma (ACTIVE) geçemez.',
          },
        },
      })
      .mockReturnValueOnce({
        data: {
          activateVolunteer: {
            __typename: 'MutationActivateVolunteerSuccess' as const,
            data: { __typename: 'VolunteerApplication' as const, id: 'a-e-1', status: 'ACTIVE' as const },
          },
        },
      });
    mocks = [
      coordinatorShell,
      page,
      { request: { query: ActivateVolunteerDocument, variables: () => true }, result: activate, maxUsageCount: 2 },
    ];
    const user = userEvent.setup();
    await openPage();
    const button = () => within(screen.getByRole('row', { name: /Ayşe Yılmaz/ })).getByRole('button', { name: /Ayşe Yılmaz/ });

    await user.click(button());
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Ayşe Yılmaz etkinleştirilemedi')).toBeInTheDocument();
    expect(alert).toHaveTextContent('Başvuru bu durumdan (ACTIVE) bu duruma (ACTIVE) geçemez.');

    await user.click(button());
    expect(await screen.findByText('Ayşe Yılmaz artık aktif gönüllü.')).toBeInTheDocument();
    // The earlier failure is cleared once activation is tried again.
    expect(screen.queryByText('Ayşe Yılmaz etkinleştirilemedi')).not.toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Ayşe Yılmaz/ });
    expect(within(row).getByText('Aktif gönüllü')).toBeInTheDocument();
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('what each part of the page reads through its own fragment', () => {
  const withCandidates = {
    ...page,
    result: {
      data: {
        ...page.result.data,
        node: {
          ...page.result.data.node,
          enrolmentCandidates: [
            { __typename: 'VolunteerApplication' as const, id: 'a-e-1', status: 'IN_TRAINING' as const, applicant: { __typename: 'User' as const, id: 'u-e-1', fullName: 'Ayşe Yılmaz' } },
            { __typename: 'VolunteerApplication' as const, id: 'a-9', status: 'ACCEPTED' as const, applicant: { __typename: 'User' as const, id: 'u-9', fullName: 'Zeynep Çelik' } },
          ],
        },
      },
    },
  };

  it('offers for enrolment only the candidates the course does not have yet, with their status', async () => {
    mocks = [coordinatorShell, withCandidates];
    const user = userEvent.setup();
    await openPage();

    await user.click(screen.getByRole('button', { name: 'Başvuran kaydet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Eğitime kaydet: Toplumsal Cinsiyet Eşitliği Temel Eğitimi' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Kaydedilecek başvuranlar' }));
    const options = await screen.findByRole('listbox');
    expect(within(options).getAllByRole('option').map((option) => option.textContent)).toEqual(['Zeynep Çelik · Kabul edildi']);
  });

  it('shows the required qualifications and offers every qualification, with its validity, for a new course', async () => {
    mocks = [coordinatorShell, withCandidates];
    const user = userEvent.setup();
    await openPage();

    const required = screen.getByRole('region', { name: 'Etkinleştirme için gereken yeterlilikler' });
    expect(within(required).getByText('Toplumsal Cinsiyet Eşitliği Temel Eğitimi', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
    expect(within(required).queryByText('Bu dönem için yeterlilik gerekmiyor.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yeni eğitim' }));
    const dialog = await screen.findByRole('dialog', { name: 'Yeni eğitim' });
    expect(within(dialog).getByLabelText(/Tamamlayınca verilen yeterlilik/, { selector: 'input' })).toHaveValue(
      'Toplumsal Cinsiyet Eşitliği Temel Eğitimi (24 ay geçerli)',
    );
  });
});
