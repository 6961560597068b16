import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Badge, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProgrammeCard_ProgrammeFragmentDoc, type ProgrammeKind } from '../../generated/first-page-graphql';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment ProgrammeCard_programme on Programme {
    id
    kind
    name
    summary
  }
`;

const SECTION_PATH: Record<ProgrammeKind, string> = {
  VOLUNTEERING: '/volunteering',
  CHILDRENS_COUNCIL: '/council',
  FORUMS: '/forums',
  LEISURE_TRIPS: '/trips',
};

const ACCENT: Record<ProgrammeKind, string> = {
  VOLUNTEERING: 'blue',
  CHILDRENS_COUNCIL: 'grape',
  FORUMS: 'teal',
  LEISURE_TRIPS: 'orange',
};

export function ProgrammeCard({
  programme,
}: {
  programme: FragmentType<typeof ProgrammeCard_ProgrammeFragmentDoc>;
}) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: ProgrammeCard_ProgrammeFragmentDoc,
    fragmentName: 'ProgrammeCard_programme',
    from: programme,
  });
  if (!complete) return null;

  return (
    <Card withBorder radius="md" padding="lg" component="article" h="100%">
      <Stack gap="sm" h="100%">
        <Badge color={ACCENT[data.kind]} variant="light" w="fit-content">
          {t(`programmeKinds.${data.kind}`)}
        </Badge>
        <Title order={3}>{data.name}</Title>
        <Text c="dimmed" style={{ flexGrow: 1 }}>
          {data.summary}
        </Text>
        <Button
          component={Link}
          to={SECTION_PATH[data.kind]}
          variant="light"
          color={ACCENT[data.kind]}
          aria-label={t('landing.details', { name: data.name })}
        >
          {t('landing.more')}
        </Button>
      </Stack>
    </Card>
  );
}
