import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Checkbox, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BoardCard_ApplicationFragmentDoc } from '../../../generated/graphql';

// Read by codegen, which turns it into the typed documents imported above. Kept small: the board
// asks for eight columns of these at once, within the server's breadth limit.
const _graphql = /* GraphQL */ `
  fragment BoardCard_application on VolunteerApplication {
    id
    age
    applicant {
      fullName
    }
    choices {
      area {
        name
      }
    }
  }
`;

/** One application on the board: select it for a bulk action, or open it in the drawer. */
export function BoardCard({
  application,
  selected,
  onSelect,
  onOpen,
}: {
  application: FragmentType<typeof BoardCard_ApplicationFragmentDoc>;
  selected: boolean;
  onSelect: (id: string, selected: boolean) => void;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({ fragment: BoardCard_ApplicationFragmentDoc, fragmentName: 'BoardCard_application', from: application });
  if (!complete) return null;
  const name = data.applicant.fullName;

  return (
    <Paper withBorder radius="sm" p="xs" component="li" pos="relative" bg={selected ? 'var(--mantine-primary-color-light)' : undefined}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Checkbox
          checked={selected}
          onChange={(event) => onSelect(data.id, event.currentTarget.checked)}
          aria-label={t('volunteering.board.select', { name })}
          mt={2}
          // Above the open button's stretched area, which covers the rest of the card.
          style={{ position: 'relative', zIndex: 1 }}
        />
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          {/* Only the name is the button's text, so its accessible name holds all it shows
              (WCAG 2.5.3); the whole card stays clickable through .stretched-action. */}
          <UnstyledButton className="stretched-action" w="100%" onClick={() => onOpen(data.id)} aria-label={t('volunteering.board.open', { name })}>
            <Text size="sm" fw={600} truncate>
              {name}
            </Text>
          </UnstyledButton>
          <Text size="xs" c="dimmed">
            {t('volunteering.board.cardAge', { age: data.age })}
          </Text>
          <Text size="xs" truncate>
            {data.choices.map((choice) => choice.area.name).join(' › ')}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
