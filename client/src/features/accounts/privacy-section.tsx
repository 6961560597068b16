import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import { Badge, Button, Divider, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportMyDataDocument, PrivacySection_UserFragmentDoc } from '../../generated/graphql';
import { useFormatters } from '../../i18n/format';
import { downloadJson } from '../../shared/download';
import { isErrorResult } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';
import { EraseAccountDialog } from './erase-account-dialog';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment PrivacySection_user on User {
    id
    consents {
      id
      purpose
      acceptedAt
      withdrawnAt
      text {
        id
        version
      }
    }
  }

  mutation ExportMyData {
    exportMyData {
      __typename
      ... on MutationExportMyDataSuccess {
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

export function PrivacySection({ user }: { user: FragmentType<typeof PrivacySection_UserFragmentDoc> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, complete } = useFragment({
    fragment: PrivacySection_UserFragmentDoc,
    fragmentName: 'PrivacySection_user',
    from: user,
  });
  const [exportMyData, { loading: exporting }] = useMutation(ExportMyDataDocument, {
    // The copy is for the file only; it should not stay in the cache after the download.
    fetchPolicy: 'no-cache',
  });
  const [exportError, setExportError] = useState<string | null>(null);
  const [erasing, setErasing] = useState(false);

  if (!complete) return null;

  async function download() {
    setExportError(null);
    try {
      const { data: result } = await exportMyData();
      const payload = result?.exportMyData;
      if (!payload) return;
      if (isErrorResult(payload)) {
        setExportError(payload.message);
        return;
      }
      const date = todayInIstanbul(new Date(payload.data.generatedAt));
      downloadJson(payload.data.json, `katilim-verilerim-${date}.json`);
      notifications.show({ color: 'green', message: t('accounts.privacy.downloaded') });
    } catch {
      setExportError(t('common.networkError'));
    }
  }

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="privacy-heading">
      <Stack>
        <Stack gap={4}>
          <Title order={2} size="h3" id="privacy-heading">
            {t('accounts.privacy.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('accounts.privacy.lead')}
          </Text>
        </Stack>

        <Title order={3} size="h4" id="consents-heading">
          {t('accounts.privacy.consents')}
        </Title>
        {data.consents.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('accounts.privacy.noConsents')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table aria-labelledby="consents-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('accounts.privacy.purpose')}</Table.Th>
                  <Table.Th>{t('accounts.privacy.version')}</Table.Th>
                  <Table.Th>{t('accounts.privacy.acceptedAt')}</Table.Th>
                  <Table.Th>{t('accounts.privacy.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.consents.map((consent) => (
                  <Table.Tr key={consent.id}>
                    <Table.Td>{t(`consentPurposes.${consent.purpose}`)}</Table.Td>
                    <Table.Td>{consent.text.version}</Table.Td>
                    <Table.Td>{format.dateTime(consent.acceptedAt)}</Table.Td>
                    <Table.Td>
                      {consent.withdrawnAt ? (
                        <Badge color="gray" variant="light" miw="max-content">
                          {t('accounts.privacy.withdrawn', { date: format.dateTime(consent.withdrawnAt) })}
                        </Badge>
                      ) : (
                        <Badge color="green" variant="light" miw="max-content">
                          {t('accounts.privacy.active')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}

        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('accounts.privacy.downloadHelp')}</Text>
          <FormErrorAlert message={exportError} />
          <Button variant="light" onClick={() => void download()} loading={exporting}>
            {t('accounts.privacy.download')}
          </Button>
        </Stack>

        <Divider />

        <Stack gap="xs" align="flex-start">
          <Title order={3} size="h4" c="red">
            {t('accounts.privacy.dangerZone')}
          </Title>
          <Text size="sm">{t('accounts.privacy.dangerLead')}</Text>
          <Button color="red" variant="outline" onClick={() => setErasing(true)}>
            {t('accounts.privacy.erase')}
          </Button>
        </Stack>
      </Stack>
      <EraseAccountDialog opened={erasing} onClose={() => setErasing(false)} />
    </Paper>
  );
}
