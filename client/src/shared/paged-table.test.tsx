import { ApolloClient } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { Table } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createCache } from '../app/apollo';
import { createI18n, type Language } from '../app/i18n';
import { AppProviders } from '../app/providers';
import { PagedTable, type PagedConnection, type PagedTableProps } from './paged-table';

type Person = { id: string; name: string; district: string };

const people: Person[] = [
  { id: 'p-1', name: 'Ayşe Yılmaz', district: 'Konak' },
  { id: 'p-2', name: 'Işık Demir', district: 'Bornova' },
];

function connection(rows: Person[], { hasNextPage = false, totalCount }: { hasNextPage?: boolean; totalCount?: number } = {}): PagedConnection<Person> {
  return { edges: rows.map((node) => ({ node })), pageInfo: { hasNextPage, endCursor: rows.at(-1)?.id ?? null }, totalCount };
}

const columns = [
  { key: 'name', header: 'Ad', cell: (person: Person) => person.name },
  { key: 'district', header: 'İlçe', cell: (person: Person) => person.district },
];

function renderTable(props: Partial<PagedTableProps<Person>>, language: Language = 'tr') {
  const client = new ApolloClient({ link: new MockLink([]), cache: createCache() });
  const all: PagedTableProps<Person> = {
    caption: 'Kişiler',
    connection: undefined,
    refetch: vi.fn(),
    onLoadMore: vi.fn(() => Promise.resolve()),
    empty: { title: 'Kimse yok.' },
    columns,
    ...props,
  } as PagedTableProps<Person>;
  const view = render(
    <AppProviders client={client} i18n={createI18n(language)} mantineEnv="test">
      <PagedTable {...all} />
    </AppProviders>,
  );
  return { ...view, props: all, user: userEvent.setup() };
}

describe('the paged table', () => {
  it('says it is loading while the first page is on its way', () => {
    renderTable({ connection: undefined });
    expect(screen.getByRole('status')).toHaveTextContent('Yükleniyor…');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an error with a retry when nothing could be loaded', async () => {
    const { user, props } = renderTable({ connection: undefined, error: new Error('offline') });
    expect(screen.getByRole('alert')).toHaveTextContent('Bilgiler yüklenemedi');
    await user.click(screen.getByRole('button', { name: 'Tekrar dene' }));
    expect(props.refetch).toHaveBeenCalledTimes(1);
  });

  it('keeps the rows it has when a later request fails', () => {
    renderTable({ connection: connection(people), error: new Error('offline') });
    expect(screen.getByRole('table', { name: 'Kişiler' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('announces an empty result in its live region', () => {
    renderTable({ connection: connection([]), empty: { title: 'Aramanızla eşleşen kimse yok.' } });
    expect(screen.getByRole('status')).toHaveTextContent('Aramanızla eşleşen kimse yok.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('is a table named by its caption, with column headers, and says how many there are', () => {
    renderTable({ connection: connection(people, { totalCount: 2 }), totalLabel: (count) => `${count} kişi` });
    const table = screen.getByRole('table', { name: 'Kişiler' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Ad', 'İlçe']);
    expect(within(table).getByRole('row', { name: 'Işık Demir Bornova' })).toBeInTheDocument();
    expect(screen.getAllByRole('status').map((region) => region.textContent)).toEqual(['2 kişi', '2 / 2 kayıt gösteriliyor']);
    expect(screen.queryByRole('button', { name: 'Daha fazla yükle' })).not.toBeInTheDocument();
  });

  it('counts what is shown when the connection has no total', () => {
    renderTable({ connection: connection(people, { hasNextPage: true }) }, 'en');
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('2 records shown');
  });

  it('marks the table busy while new arguments load', () => {
    renderTable({ connection: connection(people), loading: true });
    expect(screen.getByRole('table', { name: 'Kişiler' })).toHaveAttribute('aria-busy', 'true');
  });

  it('asks for the page after the last cursor, and says so when that fails', async () => {
    const onLoadMore = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(undefined);
    const { user } = renderTable({ connection: connection(people, { hasNextPage: true, totalCount: 5 }), onLoadMore });

    expect(screen.getByText('2 / 5 kayıt gösteriliyor')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Daha fazla yükle' }));
    expect(onLoadMore).toHaveBeenCalledWith('p-2');
    expect(await screen.findByRole('alert')).toHaveTextContent('Sonraki sayfa yüklenemedi.');

    await user.click(screen.getByRole('button', { name: 'Daha fazla yükle' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(onLoadMore).toHaveBeenCalledTimes(2);
  });

  it('renders whole rows when a row is a component of its own', () => {
    renderTable({
      connection: connection(people),
      columns: [{ key: 'name', header: 'Ad' }],
      renderRow: (person: Person) => (
        <Table.Tr>
          <Table.Td>{person.name.toUpperCase()}</Table.Td>
        </Table.Tr>
      ),
    } as Partial<PagedTableProps<Person>>);
    expect(screen.getByRole('row', { name: 'AYŞE YILMAZ' })).toBeInTheDocument();
  });

  it('has a search box the page reads', async () => {
    const onChange = vi.fn();
    const { user } = renderTable({
      connection: connection(people),
      search: { label: 'Ara', description: 'Ad ya da ilçe', value: '', onChange },
    });
    await user.type(screen.getByRole('searchbox', { name: 'Ara' }), 'ı');
    expect(onChange).toHaveBeenCalledWith('ı');
  });
});
