import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OutboxRow_MessageFragmentDoc, type OutboxRow_MessageFragment } from '../../generated/graphql';
import { useFormatters } from '../../i18n/format';
import { STATUS_COLOR } from './labels';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment OutboxRow_message on OutboxMessage {
    id
    createdAt
    toAddress
    subject
    template
    status
    attempts
    lastError
    ...OutboxMessageDialog_message
  }
`;

export function OutboxRow({
  message,
  onOpen,
}: {
  message: FragmentType<typeof OutboxRow_MessageFragmentDoc>;
  onOpen: (message: OutboxRow_MessageFragment) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, complete } = useFragment({
    fragment: OutboxRow_MessageFragmentDoc,
    fragmentName: 'OutboxRow_message',
    from: message,
  });
  if (!complete) return null;

  return (
    // The whole row is a click target for the mouse; the subject button is the keyboard one.
    <Table.Tr onClick={() => onOpen(data)} style={{ cursor: 'pointer' }}>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {format.dateTime(data.createdAt)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {data.toAddress}
        </Text>
      </Table.Td>
      <Table.Td>
        <Anchor
          component="button"
          type="button"
          size="sm"
          ta="left"
          onClick={(event) => {
            event.stopPropagation();
            onOpen(data);
          }}
        >
          {data.subject}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {data.template}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLOR[data.status]} variant="light" miw="max-content">
          {t(`outboxStatus.${data.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td ta="right">{data.attempts}</Table.Td>
      <Table.Td>
        <Text size="sm" c={data.lastError ? 'red' : 'dimmed'} lineClamp={2}>
          {data.lastError ?? '—'}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
