import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Badge, Code, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OutboxMessageDialog_MessageFragmentDoc } from '../../generated/graphql';
import { useFormatters } from '../../i18n/format';
import { STATUS_COLOR } from './labels';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment OutboxMessageDialog_message on OutboxMessage {
    id
    subject
    toAddress
    status
    createdAt
    sentAt
    bodyText
  }
`;

export function OutboxMessageDialog({
  message,
  onClose,
}: {
  message: FragmentType<typeof OutboxMessageDialog_MessageFragmentDoc> | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, complete } = useFragment({
    fragment: OutboxMessageDialog_MessageFragmentDoc,
    fragmentName: 'OutboxMessageDialog_message',
    from: message,
  });
  const opened = message !== null && complete;

  return (
    <Modal opened={opened} onClose={onClose} title={opened ? data.subject : ''} size="xl">
      {opened ? (
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                {t('admin.outbox.to')}
              </Text>
              <Text size="sm" style={{ wordBreak: 'break-all' }}>
                {data.toAddress}
              </Text>
            </Stack>
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                {t('admin.outbox.createdAt')}
              </Text>
              <Text size="sm">{format.dateTime(data.createdAt)}</Text>
            </Stack>
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                {t('admin.outbox.status')}
              </Text>
              <Group gap="xs">
                <Badge color={STATUS_COLOR[data.status]} variant="light">
                  {t(`outboxStatus.${data.status}`)}
                </Badge>
                {data.sentAt ? <Text size="sm">{format.dateTime(data.sentAt)}</Text> : null}
              </Group>
            </Stack>
          </SimpleGrid>
          <Text size="sm" fw={600} id="outbox-body-label">
            {t('admin.outbox.body')}
          </Text>
          <Code
            block
            data-testid="outbox-body"
            aria-labelledby="outbox-body-label"
            style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
          >
            {data.bodyText}
          </Code>
        </Stack>
      ) : null}
    </Modal>
  );
}
