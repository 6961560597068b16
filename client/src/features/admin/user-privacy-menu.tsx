import { useMutation } from '@apollo/client/react';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ExportUserDataDocument } from '../../generated/graphql';
import { foldForSearch } from '../../i18n/turkish-case';
import { downloadJson } from '../../shared/download';
import { isErrorResult } from '../../shared/form';
import { useEraseUser } from './erase-user';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  mutation ExportUserData($input: UserIdInput!) {
    exportUserData(input: $input) {
      __typename
      ... on MutationExportUserDataSuccess {
        data {
          generatedAt
          json
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

/** "Işık Demir" → "isik-demir": a file name that survives every file system. */
function fileSlug(name: string): string {
  return (
    foldForSearch(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'kisi'
  );
}

/** KVKK requests handled by staff: a copy of a person's data, or their erasure. */
export function UserPrivacyMenu({ userId, name, erased }: { userId: string; name: string; erased: boolean }) {
  const { t } = useTranslation();
  const erase = useEraseUser();
  const [exportUserData, { loading }] = useMutation(ExportUserDataDocument, {
    // The copy is for the file only; it should not stay in the cache after the download.
    fetchPolicy: 'no-cache',
  });

  async function download() {
    try {
      const { data } = await exportUserData({ variables: { input: { userId } } });
      const result = data?.exportUserData;
      if (!result) return;
      if (isErrorResult(result)) {
        notifications.show({ color: 'red', title: t('common.errorTitle'), message: result.message });
        return;
      }
      const date = todayInIstanbul(new Date(result.data.generatedAt));
      downloadJson(result.data.json, `katilim-kisi-verileri-${fileSlug(name)}-${date}.json`);
      notifications.show({ color: 'green', message: t('admin.users.exported', { name }) });
    } catch {
      notifications.show({ color: 'red', title: t('common.errorTitle'), message: t('common.networkError') });
    }
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="xs"
          variant="default"
          loading={loading}
          aria-label={t('admin.users.privacyActionsFor', { name })}
        >
          {t('admin.users.privacyActions')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void download()}>{t('admin.users.exportData')}</Menu.Item>
        <Menu.Item color="red" onClick={() => void erase({ id: userId, fullName: name })} disabled={erased}>
          {t('admin.users.erase')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
