import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Button, Group, Modal, ScrollArea, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConsentModal_ConsentTextFragmentDoc } from '../../generated/graphql';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment ConsentModal_consentText on ConsentText {
    id
    version
    body
  }
`;

export function ConsentModal({
  consentText,
  opened,
  onClose,
  onAccept,
}: {
  consentText: FragmentType<typeof ConsentModal_ConsentTextFragmentDoc>;
  opened: boolean;
  onClose: () => void;
  onAccept: () => void;
}) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: ConsentModal_ConsentTextFragmentDoc,
    fragmentName: 'ConsentModal_consentText',
    from: consentText,
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('accounts.consent.title')}
      size="lg"
      scrollAreaComponent={ScrollArea.Autosize}
    >
      {complete ? (
        <>
          <Text size="xs" c="dimmed" mb="sm">
            {t('accounts.consent.version', { version: data.version })}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{data.body}</Text>
        </>
      ) : null}
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          {t('common.close')}
        </Button>
        <Button onClick={onAccept}>{t('accounts.consent.accept')}</Button>
      </Group>
    </Modal>
  );
}
