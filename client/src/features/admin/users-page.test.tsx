import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AdminUsersPageDocument,
  AppShellDocument,
  EraseUserDocument,
  ExportUserDataDocument,
  GrantRoleDocument,
  RevokeRoleDocument,
  type Role,
} from '../../generated/graphql';
import { renderApp } from '../../test/render-app';

const adminShellMock = {
  request: { query: AppShellDocument },
  result: {
    data: {
      me: {
        __typename: 'User' as const,
        id: 'u-admin',
        roles: ['ADMIN' as const],
        firstName: 'Ayşe',
        lastName: 'Yılmaz',
        fullName: 'Ayşe Yılmaz',
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function user(id: string, firstName: string, lastName: string, roles: Role[]) {
  return {
    __typename: 'User' as const,
    id,
    fullName: `${firstName} ${lastName}`,
    email: `${id}@example.org`,
    emailVerified: true,
    roles,
    erased: false,
    district: { __typename: 'District' as const, id: 6, name: 'Bornova' },
  };
}

function connection(nodes: ReturnType<typeof user>[]) {
  return {
    data: {
      users: {
        __typename: 'QueryUsersConnection' as const,
        totalCount: nodes.length,
        edges: nodes.map((node) => ({ __typename: 'QueryUsersConnectionEdge' as const, cursor: `c-${node.id}`, node })),
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
      },
    },
  };
}

const everyone = [user('u-1', 'Işık', 'Demir', ['VOLUNTEER']), user('u-2', 'Can', 'Öztürk', [])];

function usersMock(match: (variables: { search?: string | null; role?: Role | null }) => boolean, nodes: ReturnType<typeof user>[]) {
  return {
    request: { query: AdminUsersPageDocument, variables: match },
    result: connection(nodes),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

describe('admin user list', () => {
  it('searches on the server with the text as typed and grants a role from the dialog', async () => {
    const searched = vi.fn();
    const grant = vi.fn(() => ({
      data: {
        grantRole: {
          __typename: 'MutationGrantRoleSuccess' as const,
          data: { __typename: 'User' as const, id: 'u-2', roles: ['COORDINATOR' as const] },
        },
      },
    }));
    const user$ = userEvent.setup();
    renderApp('/admin/users', [
      adminShellMock,
      usersMock((v) => !v.search && !v.role, everyone),
      usersMock((v) => {
        if (v.search) searched(v.search);
        return v.search === 'öztürk';
      }, [everyone[1]!]),
      { request: { query: GrantRoleDocument, variables: () => true }, result: grant },
    ]);

    const table = await screen.findByRole('table', { name: 'Kullanıcı listesi' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('2 kullanıcı')).toBeInTheDocument();

    await user$.type(screen.getByRole('searchbox', { name: 'Kullanıcı ara' }), 'öztürk');
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
    expect(searched).toHaveBeenLastCalledWith('öztürk');

    await user$.click(screen.getByRole('button', { name: 'Can Öztürk için rolleri düzenle' }));
    const dialog = await screen.findByRole('dialog', { name: 'Roller: Can Öztürk' });
    await user$.click(within(dialog).getByRole('checkbox', { name: 'Koordinatör' }));
    await user$.click(within(dialog).getByRole('button', { name: 'Kaydet' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(grant).toHaveBeenCalledWith({ input: { userId: 'u-2', role: 'COORDINATOR' } });
    // The row re-renders from the mutation result in the cache; nothing was refetched.
    const row = screen.getByRole('row', { name: /Can Öztürk/ });
    expect(within(row).getByText('Koordinatör')).toBeInTheDocument();
  });

  it('drops a person from a role-filtered list when that role is revoked', async () => {
    const revoke = vi.fn(() => ({
      data: {
        revokeRole: {
          __typename: 'MutationRevokeRoleSuccess' as const,
          data: { __typename: 'User' as const, id: 'u-1', roles: [] },
        },
      },
    }));
    const user$ = userEvent.setup();
    renderApp('/admin/users', [
      adminShellMock,
      usersMock((v) => !v.search && !v.role, everyone),
      usersMock((v) => v.role === 'VOLUNTEER', [everyone[0]!]),
      { request: { query: RevokeRoleDocument, variables: () => true }, result: revoke },
    ]);

    await screen.findByRole('table', { name: 'Kullanıcı listesi' });
    await user$.click(screen.getByRole('combobox', { name: 'Rol' }));
    await user$.click(await screen.findByRole('option', { name: 'Gönüllü' }));
    await waitFor(() => expect(screen.getByText('1 kullanıcı')).toBeInTheDocument());

    await user$.click(screen.getByRole('button', { name: 'Işık Demir için rolleri düzenle' }));
    const dialog = await screen.findByRole('dialog');
    await user$.click(within(dialog).getByRole('checkbox', { name: 'Gönüllü' }));
    await user$.click(within(dialog).getByRole('button', { name: 'Kaydet' }));

    expect(await screen.findByText('Aramanızla eşleşen kullanıcı yok.')).toBeInTheDocument();
    expect(revoke).toHaveBeenCalledWith({ input: { userId: 'u-1', role: 'VOLUNTEER' } });
  });
});

describe('KVKK requests in the user list', () => {
  const { createObjectURL, revokeObjectURL } = URL;

  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('erases a person after confirmation and marks the row erased without refetching the list', async () => {
    let listFetches = 0;
    const erase = vi.fn(() => ({
      data: { eraseUser: { __typename: 'MutationEraseUserSuccess' as const, data: true } },
    }));
    const user$ = userEvent.setup();
    renderApp('/admin/users', [
      adminShellMock,
      usersMock(() => {
        listFetches += 1;
        return true;
      }, everyone),
      { request: { query: EraseUserDocument, variables: () => true }, result: erase },
    ]);

    await screen.findByRole('table', { name: 'Kullanıcı listesi' });
    await user$.click(screen.getByRole('button', { name: 'Can Öztürk için KVKK işlemleri' }));
    await user$.click(await screen.findByRole('menuitem', { name: 'Kişiyi sil' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kişiyi sil: Can Öztürk' });
    expect(within(dialog).getByText('Bu işlem geri alınamaz.')).toBeVisible();
    await user$.click(within(dialog).getByRole('button', { name: 'Kişiyi sil' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(erase).toHaveBeenCalledWith({ input: { userId: 'u-2' } });
    expect(screen.getByText('Can Öztürk silindi; hesap anonimleştirildi.')).toBeVisible();
    const row = screen.getByRole('row', { name: /Silinmiş Kişi/ });
    expect(within(row).getByText('Silindi')).toBeVisible();
    expect(within(row).queryByText('u-2@example.org')).not.toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Silinmiş Kişi için rolleri düzenle' })).toBeDisabled();
    expect(screen.queryByRole('row', { name: /Can Öztürk/ })).not.toBeInTheDocument();
    // Işık Demir's row is untouched.
    expect(within(screen.getByRole('row', { name: /Işık Demir/ })).queryByText('Silindi')).not.toBeInTheDocument();
    expect(listFetches).toBe(1);
  });

  it('keeps the dialog open with the server’s message when the last administrator would go', async () => {
    const erase = vi.fn(() => ({
      data: {
        eraseUser: {
          __typename: 'LastAdminError' as const,
          message: 'Son yönetici silinemez.',
        },
      },
    }));
    const user$ = userEvent.setup();
    renderApp('/admin/users', [
      adminShellMock,
      usersMock(() => true, everyone),
      { request: { query: EraseUserDocument, variables: () => true }, result: erase },
    ]);

    await screen.findByRole('table', { name: 'Kullanıcı listesi' });
    await user$.click(screen.getByRole('button', { name: 'Işık Demir için KVKK işlemleri' }));
    await user$.click(await screen.findByRole('menuitem', { name: 'Kişiyi sil' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kişiyi sil: Işık Demir' });
    await user$.click(within(dialog).getByRole('button', { name: 'Kişiyi sil' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Son yönetici silinemez.');
    expect(within(screen.getByRole('row', { name: /Işık Demir/ })).queryByText('Silindi')).not.toBeInTheDocument();
  });

  it('downloads a person’s data as a JSON file named after them', async () => {
    const json = JSON.stringify({ person: { firstName: 'Işık' } });
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:katilim/2';
      }),
      revokeObjectURL: vi.fn(),
    });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    const exportResult = vi.fn(() => ({
      data: {
        exportUserData: {
          __typename: 'MutationExportUserDataSuccess' as const,
          data: { __typename: 'DataExport' as const, generatedAt: '2025-03-01T08:00:00.000Z', json },
        },
      },
    }));
    const user$ = userEvent.setup();
    renderApp('/admin/users', [
      adminShellMock,
      usersMock(() => true, everyone),
      { request: { query: ExportUserDataDocument, variables: () => true }, result: exportResult },
    ]);

    await screen.findByRole('table', { name: 'Kullanıcı listesi' });
    await user$.click(screen.getByRole('button', { name: 'Işık Demir için KVKK işlemleri' }));
    await user$.click(await screen.findByRole('menuitem', { name: 'Verilerini indir' }));

    await waitFor(() => expect(downloads).toEqual(['katilim-kisi-verileri-isik-demir-2025-03-01.json']));
    expect(exportResult).toHaveBeenCalledWith({ input: { userId: 'u-1' } });
    expect(await blobs[0]!.text()).toBe(json);
  });
});
