import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppShellDocument, CommitteeProposalsPageDocument, CouncilPageDocument, RecordCouncilProposalVoteDocument } from '../../generated/graphql';
import { renderApp, signedOutShellMock } from '../../test/render-app';

const COMMITTEE_ID = btoa('CouncilCommittee:019ad1c2-3b4c-7d5e-8f60-718293a4b5c6');
const PROPOSAL_ID = btoa('CouncilProposal:019ad1c2-3b4c-7d5e-8f60-718293a4b5c7');
const MEETING_ID = btoa('CouncilMeeting:019ad1c2-3b4c-7d5e-8f60-718293a4b5c8');
const member = (n: number, firstName: string, lastName: string) => ({ __typename: 'CouncilMember' as const, id: btoa(`CouncilMember:019ad1c2-3b4c-7d5e-8f60-71829300000${n}`), firstName, lastName });

const committee = { __typename: 'CouncilCommittee' as const, id: COMMITTEE_ID, name: 'Kent Hakları Komisyonu', description: 'Kentte çocuk hakları.' };
const proposal = (status: 'UNDER_REVIEW' | 'SUBMITTED', answer: string) => ({
  __typename: 'CouncilProposal' as const,
  id: PROPOSAL_ID,
  title: 'Parklara içme suyu çeşmeleri',
  suggestion: 'Her parka bir çeşme.',
  status,
  submittedAt: '2026-11-06T09:00:00.000Z',
  answer,
  committee: { __typename: 'CouncilCommittee' as const, id: COMMITTEE_ID, name: 'Kent Hakları Komisyonu' },
  district: { __typename: 'District' as const, id: 8, name: 'Buca' },
});
const publicPage = (variables: Record<string, unknown>, node: ReturnType<typeof proposal>) => ({
  request: { query: CouncilPageDocument, variables },
  result: {
    data: {
      publicCouncilCommittees: [committee],
      publicCouncilProposals: {
        __typename: 'CouncilProposalConnection' as const,
        totalCount: 1,
        edges: [{ __typename: 'CouncilProposalEdge' as const, node }],
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
      },
    },
  },
});

describe('the public council page', () => {
  it('lists the committees and the submitted proposals with their status and the municipality’s answer, and filters by status', async () => {
    const user = userEvent.setup();
    renderApp('/council', [
      signedOutShellMock,
      publicPage({ committeeId: null, status: null }, proposal('UNDER_REVIEW', 'Keşif çalışması başladı.')),
      publicPage({ committeeId: null, status: 'SUBMITTED' }, proposal('SUBMITTED', '')),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'İzmir Çocuk Meclisi' })).toBeInTheDocument();
    expect(await screen.findByText('Kentte çocuk hakları.')).toBeInTheDocument();
    const card = screen.getByRole('article', { name: 'Parklara içme suyu çeşmeleri' });
    expect(within(card).getByText('İnceleniyor')).toBeInTheDocument();
    expect(within(card).getByText('Keşif çalışması başladı.')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Parklara içme suyu çeşmeleri' })).toHaveAttribute('href', `/council/proposals/${encodeURIComponent(PROPOSAL_ID)}`);

    await user.click(screen.getByRole('combobox', { name: 'Durum' }));
    await user.click(await screen.findByRole('option', { name: 'Belediyeye sunuldu' }));
    expect(await screen.findByText('Belediyenin yanıtı bekleniyor.')).toBeInTheDocument();
  });
});

describe('the vote dialog', () => {
  it('takes one choice per active member, shows the tally and the result, and sends the votes', async () => {
    const user = userEvent.setup();
    const voters = [member(1, 'Defne', 'Yılmaz'), member(2, 'Poyraz', 'Kaya'), member(3, 'Ada', 'Demir')];
    const page = {
      request: { query: CommitteeProposalsPageDocument, variables: { committeeId: COMMITTEE_ID } },
      result: {
        data: {
          committee: {
            ...committee,
            viewerRuns: true,
            proposalVoteMeetings: [{ __typename: 'CouncilMeeting' as const, id: MEETING_ID, title: 'Kasım toplantısı', startsAt: '2026-11-04T13:30:00.000Z', status: 'HELD' as const }],
            proposalVoters: voters,
          },
          councilProposals: {
            __typename: 'CouncilProposalConnection' as const,
            totalCount: 1,
            edges: [
              {
                __typename: 'CouncilProposalEdge' as const,
                node: { __typename: 'CouncilProposal' as const, id: PROPOSAL_ID, title: 'Okul önüne hız kesici', problem: 'Araçlar hızlı.', suggestion: 'Hız kesici.', status: 'DRAFT' as const, submittedAt: null, answer: '', district: null, tally: null },
              },
            ],
            pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
          },
        },
      },
      maxUsageCount: 2,
    };
    let sent: unknown = null;
    const vote = {
      request: {
        query: RecordCouncilProposalVoteDocument,
        variables: (variables: Record<string, unknown>) => {
          sent = variables;
          return true;
        },
      },
      result: {
        data: {
          recordCouncilProposalVote: {
            __typename: 'MutationRecordCouncilProposalVoteSuccess' as const,
            data: { __typename: 'CouncilProposal' as const, id: PROPOSAL_ID, status: 'ADOPTED' as const, votedAt: '2026-11-04T14:00:00.000Z', tally: { __typename: 'CouncilVoteTally' as const, for: 2, against: 1, abstain: 0 } },
          },
        },
      },
    };
    const shell = {
      request: { query: AppShellDocument },
      result: { data: { me: { __typename: 'User' as const, id: 'u-1', roles: ['FACILITATOR' as const], firstName: 'Kolay', lastName: 'Laştırıcı', fullName: 'Kolay Laştırıcı' } } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    renderApp(`/council/committees/${COMMITTEE_ID}/proposals`, [shell, page, vote]);
    await user.click(await screen.findByRole('button', { name: 'Oylamayı kaydet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Oylama: Okul önüne hız kesici' });
    expect(within(dialog).getByTestId('vote-tally')).toHaveTextContent('Evet 0 · Hayır 0 · Çekimser 0 — henüz oy yok');

    await user.click(within(dialog).getByRole('combobox', { name: 'Toplantı' }));
    await user.click(await screen.findByRole('option', { name: /Kasım toplantısı/ }));
    const choose = async (name: string, choice: string) => {
      const group = within(dialog).getByRole('radiogroup', { name: `${name} adlı üyenin oyu` });
      await user.click(within(group).getByText(choice));
    };
    await choose('Defne Yılmaz', 'Evet');
    await choose('Poyraz Kaya', 'Hayır');
    await choose('Ada Demir', 'Evet');
    expect(within(dialog).getByTestId('vote-tally')).toHaveTextContent('Evet 2 · Hayır 1 · Çekimser 0 — öneri kabul edilir');
    await user.click(within(dialog).getByRole('button', { name: 'Oylamayı kaydet' }));
    expect(await screen.findByText('Öneri komisyonca kabul edildi.')).toBeInTheDocument();
    expect(sent).toEqual({
      input: {
        proposalId: PROPOSAL_ID,
        meetingId: MEETING_ID,
        votes: [
          { memberId: voters[0]!.id, choice: 'FOR' },
          { memberId: voters[1]!.id, choice: 'AGAINST' },
          { memberId: voters[2]!.id, choice: 'FOR' },
        ],
      },
    });
  });
});
