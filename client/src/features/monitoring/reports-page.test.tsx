import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  AppShellDocument,
  GenerateMonitoringReportDocument,
  MonitoringReportsPageDocument,
  SubscribeToMonitoringReportsDocument,
  type Role,
} from '../../generated/graphql';
import { renderApp } from '../../test/render-app';
import { lastWholeMonth } from './month';

function shell(role: Role) {
  return {
    request: { query: AppShellDocument },
    result: { data: { me: { __typename: 'User' as const, id: 'u-1', roles: [role], firstName: 'Şule', lastName: 'Işık', fullName: 'Şule Işık' } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const report = (month: string) => ({
  __typename: 'MonitoringReport' as const,
  month,
  generatedAt: `${month}-28T21:30:00.000Z`,
  figuresHash: 'ab'.repeat(32),
  pdfPath: `/monitoring/reports/${month}.pdf`,
  csvPath: `/monitoring/reports/${month}.csv`,
});

function page(months: string[], subscribed = false) {
  return {
    request: { query: MonitoringReportsPageDocument },
    result: { data: { monitoringReports: months.map(report), myMonitoringSubscription: { __typename: 'MonitoringSubscriptionState' as const, subscribed } } },
  };
}

describe('the monthly reports page', () => {
  it('lists the reports newest first with their PDF and CSV, and subscribes a coordinator', async () => {
    const user = userEvent.setup();
    renderApp('/monitoring/reports', [
      shell('COORDINATOR'),
      page(['2026-11', '2026-10']),
      {
        request: { query: SubscribeToMonitoringReportsDocument },
        result: {
          data: {
            subscribeToMonitoringReports: {
              __typename: 'MutationSubscribeToMonitoringReportsSuccess' as const,
              data: { __typename: 'MonitoringSubscriptionState' as const, subscribed: true },
            },
          },
        },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Aylık raporlar' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Aylık raporlar, en yenisi önce' });
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Kasım 2026', 'Ekim 2026']);
    expect(screen.getByRole('link', { name: 'Kasım 2026 raporu, PDF' })).toHaveAttribute('href', '/monitoring/reports/2026-11.pdf');
    expect(screen.getByRole('link', { name: 'Ekim 2026 tabloları, CSV' })).toHaveAttribute('href', '/monitoring/reports/2026-10.csv');
    // Generating is for admins only.
    expect(screen.queryByRole('button', { name: 'Raporu oluştur' })).not.toBeInTheDocument();

    const toggle = screen.getByRole('switch', { name: 'Her ayın raporunu e-postayla gönder' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(await screen.findByText('Aylık raporlar artık size e-postayla gelecek.')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Her ayın raporunu e-postayla gönder' })).toBeChecked();
  });

  it('links to the English files for English readers', async () => {
    renderApp('/monitoring/reports', [shell('COORDINATOR'), page(['2026-11'])], { language: 'en' });
    expect(await screen.findByRole('link', { name: 'Report for November 2026, PDF' })).toHaveAttribute('href', '/monitoring/reports/2026-11.pdf?lang=en');
  });

  it('shows the empty state', async () => {
    renderApp('/monitoring/reports', [shell('ADMIN'), page([])]);
    expect(await screen.findByText('Henüz rapor yok.')).toBeInTheDocument();
  });

  it('lets an admin generate a month now, adds it to the list, and shows a refusal translated', async () => {
    const user = userEvent.setup();
    const month = lastWholeMonth();
    renderApp('/monitoring/reports', [
      shell('ADMIN'),
      page([]),
      {
        request: { query: GenerateMonitoringReportDocument, variables: { input: { month } } },
        result: { data: { generateMonitoringReport: { __typename: 'MutationGenerateMonitoringReportSuccess' as const, data: report(month) } } },
      },
      {
        request: { query: GenerateMonitoringReportDocument, variables: { input: { month: '2099-01' } } },
        result: { data: { generateMonitoringReport: { __typename: 'MonitoringMonthNotOverError' as const, message: 'Rapor yalnızca bitmiş bir ay için oluşturulabilir.' } } },
      },
    ]);
    await screen.findByText('Henüz rapor yok.');
    const input = screen.getByLabelText('Ay');
    expect(input).toHaveValue(month);
    await user.click(screen.getByRole('button', { name: 'Raporu oluştur' }));
    const table = await screen.findByRole('table', { name: 'Aylık raporlar, en yenisi önce' });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(1);

    // A month input takes its value whole (typing it digit by digit passes through invalid values).
    fireEvent.change(input, { target: { value: '2099-01' } });
    await user.click(screen.getByRole('button', { name: 'Raporu oluştur' }));
    expect(await screen.findByText('Rapor yalnızca bitmiş bir ay için oluşturulabilir.')).toBeInTheDocument();
  });
});
