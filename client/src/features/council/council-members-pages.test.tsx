import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppShellDocument, CouncilCommitteePageDocument, CouncilMemberContactDocument, CouncilMemberPageDocument } from '../../generated/graphql';
import { renderApp } from '../../test/render-app';

const COMMITTEE_ID = btoa('CouncilCommittee:019ad1c2-3b4c-7d5e-8f60-718293a4b5c6');
const MEMBER_ID = btoa('CouncilMember:019ad1c2-3b4c-7d5e-8f60-718293a4b5c7');

const shell = (roles: ('FACILITATOR' | 'VOLUNTEER')[]) => ({
  request: { query: AppShellDocument },
  result: { data: { me: { __typename: 'User' as const, id: 'u-1', roles, firstName: 'Deniz', lastName: 'Yılmaz', fullName: 'Deniz Yılmaz' } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const committee = (reads: boolean) => ({
  __typename: 'CouncilCommittee' as const,
  id: COMMITTEE_ID,
  name: 'Kent Hakları Komisyonu',
  description: 'Çocukların kentteki hakları.',
  viewerRuns: reads,
  viewerReadsChildren: reads,
  term: { __typename: 'CouncilTerm' as const, id: 't-1', name: '2026–2027' },
});

const text = (id: string) => ({ __typename: 'ConsentText' as const, id, body: `Metin ${id}` });

function roster(full: boolean) {
  const member = (id: string, firstName: string, lastName: string, status: 'ACTIVE' | 'SUSPENDED', mediaAllowed: boolean) => ({
    __typename: 'CouncilMember' as const,
    id,
    firstName,
    status,
    position: null,
    ...(full ? { lastName, mediaAllowed } : {}),
  });
  return {
    __typename: 'QueryCouncilMembersConnection' as const,
    totalCount: 2,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
    edges: [
      { __typename: 'QueryCouncilMembersConnectionEdge' as const, node: member(MEMBER_ID, 'Elif', 'Yıldırım', 'ACTIVE', true) },
      { __typename: 'QueryCouncilMembersConnectionEdge' as const, node: member('m-2', 'Ayşe', 'Demir', 'SUSPENDED', false) },
    ],
  };
}

describe('the committee page', () => {
  it('shows a facilitator the full roster with status badges, the no-photos mark and the record button', async () => {
    renderApp(`/council/committees/${COMMITTEE_ID}`, [
      shell(['FACILITATOR']),
      {
        request: { query: CouncilCommitteePageDocument, variables: { id: COMMITTEE_ID, search: null, after: null, full: true } },
        result: {
          data: {
            node: committee(true),
            councilMembers: roster(true),
            districts: [{ __typename: 'District' as const, id: 15, name: 'Konak' }],
            participation: text('p'),
            media: text('m'),
            trips: text('t'),
            childContact: text('c'),
          },
        },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kent Hakları Komisyonu' })).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('link', { name: 'Elif Yıldırım' })).toHaveAttribute('href', `/council/members/${encodeURIComponent(MEMBER_ID)}`);
    expect(within(table).getByText('Askıda')).toBeInTheDocument();
    expect(within(table).getByText('Fotoğraf çekilmez')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Toplantılar' })).toHaveAttribute('href', `/council/committees/${encodeURIComponent(COMMITTEE_ID)}/meetings`);
    await userEvent.click(screen.getByRole('button', { name: 'Çocuk kaydet' }));
    expect(await screen.findByText('Metin p')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Velinin adı' })).toBeInTheDocument();
  });

  it('shows a guardian first names only, without links or photo marks', async () => {
    renderApp(`/council/committees/${COMMITTEE_ID}`, [
      shell(['VOLUNTEER']),
      { request: { query: CouncilCommitteePageDocument, variables: { id: COMMITTEE_ID, search: null, after: null, full: false } }, result: { data: { node: committee(false), councilMembers: roster(false) } } },
    ]);
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Elif')).toBeInTheDocument();
    expect(within(table).queryByText(/Yıldırım/)).toBeNull();
    expect(within(table).queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Çocuk kaydet' })).toBeNull();
  });
});

describe('the member page', () => {
  it('reveals the guardian’s contact only when asked (an audited read)', async () => {
    const member = {
      __typename: 'CouncilMember' as const,
      id: MEMBER_ID,
      firstName: 'Elif',
      lastName: 'Yıldırım',
      birthDate: '2013-04-12',
      school: 'Konak Ortaokulu',
      status: 'ACTIVE' as const,
      position: null,
      joinedOn: '2026-09-20',
      leftReason: null,
      mediaAllowed: true,
      standingConsents: ['COUNCIL_PARTICIPATION' as const, 'COUNCIL_MEDIA' as const],
      district: { __typename: 'District' as const, id: 15, name: 'Konak' },
      committee: { __typename: 'CouncilCommittee' as const, id: COMMITTEE_ID, name: 'Kent Hakları Komisyonu', viewerRuns: true, viewerReadsChildren: true },
      guardian: { __typename: 'CouncilGuardian' as const, id: 'g-1', firstName: 'Zeynep', lastName: 'Yıldırım', relationship: 'Anne', hasAccount: false },
      consents: [
        { __typename: 'CouncilConsent' as const, id: 'c-1', purpose: 'COUNCIL_PARTICIPATION' as const, method: 'PAPER' as const, givenOn: '2026-09-20', textVersion: '2026-12', hasScan: true, withdrawnAt: null },
      ],
      elections: [],
    };
    renderApp(`/council/members/${MEMBER_ID}`, [
      shell(['FACILITATOR']),
      { request: { query: CouncilMemberPageDocument, variables: { id: MEMBER_ID } }, result: { data: { node: member } } },
      {
        request: { query: CouncilMemberContactDocument, variables: { memberId: MEMBER_ID } },
        result: {
          data: {
            councilMemberContact: {
              __typename: 'QueryCouncilMemberContactSuccess' as const,
              data: { __typename: 'CouncilMemberContact' as const, guardianPhone: '+905321110001', guardianEmail: 'zeynep@example.com', childEmail: null, childPhone: null, childContactAllowed: false },
            },
          },
        },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Elif Yıldırım' })).toBeInTheDocument();
    expect(screen.queryByText(/\+905321110001/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Taramayı indir' })).toHaveAttribute('href', '/council/consent-scans/c-1');
    await userEvent.click(screen.getByRole('button', { name: 'İletişim bilgilerini göster' }));
    expect(await screen.findByText('Veli telefonu: +905321110001')).toBeInTheDocument();
    expect(screen.getByText('Çocuğun kendi iletişim bilgisi için onay yok.')).toBeInTheDocument();
  });
});
