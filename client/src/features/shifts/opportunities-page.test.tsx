import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppShellDocument, ArchiveShiftOpportunityDocument, ShiftOpportunitiesPageDocument, UpdateShiftOpportunityDocument } from '../../generated/graphql';
import { renderApp } from '../../test/render-app';

const coordinatorShell = {
  request: { query: AppShellDocument },
  result: {
    data: {
      me: { __typename: 'User' as const, id: 'u-coordinator', roles: ['COORDINATOR' as const], firstName: 'Mehmet', lastName: 'Kaya', fullName: 'Mehmet Kaya' },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const area = { __typename: 'VolunteerArea' as const, id: 'a-1', name: 'Saha çalışması' };
const district = { __typename: 'District' as const, id: 15, name: 'Karabağlar' };
const qualification = { __typename: 'Qualification' as const, id: 'q-1', name: 'Saha güvenliği' };

function opportunity(id: string, title: string, extra: { archivedAt?: string | null; online?: boolean } = {}) {
  const online = extra.online ?? false;
  return {
    __typename: 'ShiftOpportunity' as const,
    id,
    title,
    titleTr: title,
    titleEn: `${title} (en)`,
    descriptionTr: 'Açıklama',
    descriptionEn: 'Description',
    online,
    address: online ? null : 'Belediye önü',
    archivedAt: extra.archivedAt ?? null,
    area,
    district: online ? null : district,
    qualifications: online ? [] : [qualification],
  };
}

const SURVEY = opportunity('o-1', 'Karabağlar saha anketi');
const TRANSLATION = opportunity('o-2', 'Çeviri oturumları', { online: true });

const page = {
  request: { query: ShiftOpportunitiesPageDocument, variables: () => true },
  result: {
    data: {
      shiftOpportunities: {
        __typename: 'QueryShiftOpportunitiesConnection' as const,
        totalCount: 2,
        edges: [SURVEY, TRANSLATION].map((node) => ({ __typename: 'QueryShiftOpportunitiesConnectionEdge' as const, cursor: node.id, node })),
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: 'o-2' },
      },
      volunteerAreas: [area],
      districts: [district],
      qualifications: [qualification],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('Fırsatlar', () => {
  it('lists the opportunities and edits one in the create dialog, filled in', async () => {
    const user = userEvent.setup();
    const updated = vi.fn((variables: { input: Record<string, unknown> }) => ({
      data: { updateShiftOpportunity: { __typename: 'MutationUpdateShiftOpportunitySuccess' as const, data: { ...SURVEY, title: String(variables.input.titleTr) } } },
    }));
    renderApp('/coordination/shifts/opportunities', [
      coordinatorShell,
      page,
      { request: { query: UpdateShiftOpportunityDocument, variables: () => true }, result: updated },
    ]);
    const table = await screen.findByRole('table', { name: 'Fırsatlar' });
    expect(within(table).getByText('Karabağlar saha anketi')).toBeInTheDocument();
    expect(within(table).getByText('Karabağlar · Belediye önü')).toBeInTheDocument();
    expect(within(table).getByText('Çevrim içi')).toBeInTheDocument();
    expect(screen.getByText('2 fırsat')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Düzenle: Karabağlar saha anketi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fırsatı düzenle' });
    const title = within(dialog).getByRole('textbox', { name: 'Başlık (Türkçe)' });
    expect(title).toHaveValue('Karabağlar saha anketi');
    expect(within(dialog).getByRole('textbox', { name: 'Adres' })).toHaveValue('Belediye önü');
    await user.clear(title);
    await user.type(title, 'Karabağlar hane anketi');
    await user.click(within(dialog).getByRole('button', { name: 'Kaydet' }));
    await waitFor(() => expect(updated).toHaveBeenCalledTimes(1));
    expect(updated.mock.calls[0]![0].input).toEqual({
      id: 'o-1',
      titleTr: 'Karabağlar hane anketi',
      titleEn: 'Karabağlar saha anketi (en)',
      descriptionTr: 'Açıklama',
      descriptionEn: 'Description',
      areaId: 'a-1',
      online: false,
      districtId: 15,
      address: 'Belediye önü',
      qualificationIds: ['q-1'],
    });
    expect(await screen.findByText('"Karabağlar hane anketi" fırsatı güncellendi.')).toBeInTheDocument();
  });

  it('archives one after the shared confirmation', async () => {
    const user = userEvent.setup();
    const archived = vi.fn(() => ({
      data: { archiveShiftOpportunity: { __typename: 'MutationArchiveShiftOpportunitySuccess' as const, data: { __typename: 'ShiftOpportunity' as const, id: 'o-2', archivedAt: '2026-12-01T09:00:00.000Z' } } },
    }));
    renderApp('/coordination/shifts/opportunities', [
      coordinatorShell,
      page,
      { request: { query: ArchiveShiftOpportunityDocument, variables: { input: { id: 'o-2', archived: true } } }, result: archived },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Arşivle: Çeviri oturumları' }));
    const dialog = await screen.findByRole('dialog', { name: '"Çeviri oturumları" arşivlensin mi?' });
    expect(archived).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Arşivle' }));
    await waitFor(() => expect(archived).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('"Çeviri oturumları" arşivlendi.')).toBeInTheDocument();
  });
});
