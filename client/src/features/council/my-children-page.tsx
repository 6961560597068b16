import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CouncilMyChildrenPageDocument, RecordMyCouncilChildDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { RecordChildForm, type ChildFormValues, type Purpose } from './record-child-form';
import { refusalOf } from './refusal';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query CouncilMyChildrenPage {
    myCouncilChildren {
      id
      firstName
      lastName
      status
      mediaAllowed
      standingConsents
      committee {
        id
        name
      }
    }
    councilTerms {
      id
      name
      committees {
        id
        name
      }
    }
    districts {
      id
      name
    }
    participation: consentText(purpose: COUNCIL_PARTICIPATION) {
      id
      body
    }
    media: consentText(purpose: COUNCIL_MEDIA) {
      id
      body
    }
    trips: consentText(purpose: COUNCIL_TRIPS) {
      id
      body
    }
    childContact: consentText(purpose: COUNCIL_CHILD_CONTACT) {
      id
      body
    }
  }
  mutation RecordMyCouncilChild($input: RecordMyCouncilChildInput!) {
    recordMyCouncilChild(input: $input) {
      __typename
      ... on MutationRecordMyCouncilChildSuccess {
        data {
          id
        }
      }
      ... on InputValidationError {
        issues {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

/** A guardian's own children in the council: their record and consents, and recording a child with in-app consent. */
export function CouncilMyChildrenPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(CouncilMyChildrenPageDocument);
  const [record] = useMutation(RecordMyCouncilChildDocument, { refetchQueries: ['CouncilMyChildrenPage'], awaitRefetchQueries: true });
  const [committeeId, setCommitteeId] = useState<string | null>(null);
  const children = data?.myCouncilChildren;

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data || !children) return <Skeleton height={240} />;
  const term = data.councilTerms[0];
  const texts = { COUNCIL_PARTICIPATION: data.participation.body, COUNCIL_MEDIA: data.media.body, COUNCIL_TRIPS: data.trips.body, COUNCIL_CHILD_CONTACT: data.childContact.body };

  async function submit(values: ChildFormValues) {
    const { guardian: _guardian, ...child } = values;
    const result = (await record({ variables: { input: { ...child, committeeId: committeeId! } } })).data?.recordMyCouncilChild;
    const refusal = refusalOf(result as Parameters<typeof refusalOf>[0]);
    if (refusal) return refusal;
    setCommitteeId(null);
    notifications.show({ color: 'green', message: t('council.members.recorded') });
    return null;
  }

  return (
    <Stack>
      <PageHeader title={t('council.members.myChildrenTitle')} lead={t('council.members.myChildrenLead')} />
      {children.length === 0 ? (
        <EmptyMessage title={t('council.members.myChildrenEmpty')} />
      ) : (
        children.map((child) => (
          <Card key={child.id} withBorder radius="md" component="article" aria-labelledby={`child-${child.id}`}>
            <Group justify="space-between" wrap="wrap">
              <Stack gap={2}>
                <Title order={2} size="h4" id={`child-${child.id}`}>
                  <Anchor component={Link} to={`/council/members/${encodeURIComponent(child.id)}`}>
                    {child.firstName} {child.lastName}
                  </Anchor>
                </Title>
                <Text size="sm">{child.committee.name}</Text>
                <Text size="xs" c="dimmed">
                  {t('council.members.standingList', { list: child.standingConsents.map((purpose) => t(`council.members.purposes.${purpose as Purpose}`)).join(', ') || '—' })}
                </Text>
              </Stack>
              <Group gap="xs">
                <Badge color={child.status === 'ACTIVE' ? 'teal' : child.status === 'SUSPENDED' ? 'orange' : 'gray'}>{t(`council.members.status.${child.status}`)}</Badge>
                {!child.mediaAllowed ? (
                  <Badge color="red.9" variant="outline">
                    {t('council.members.noPhotos')}
                  </Badge>
                ) : null}
              </Group>
            </Group>
          </Card>
        ))
      )}
      {term ? (
        <Card withBorder radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('council.members.recordMyChild')}
          </Title>
          <Text size="sm" mb="sm">
            {t('council.members.recordMyChildLead', { term: term.name })}
          </Text>
          <Group gap="xs" mb="md" role="group" aria-label={t('council.members.chooseCommittee')}>
            {term.committees.map((committee) => (
              <Button key={committee.id} variant={committeeId === committee.id ? 'filled' : 'default'} size="xs" onClick={() => setCommitteeId(committee.id)} aria-pressed={committeeId === committee.id}>
                {committee.name}
              </Button>
            ))}
          </Group>
          {committeeId ? <RecordChildForm mode="IN_APP" districts={data.districts} texts={texts} onSubmit={submit} onCancel={() => setCommitteeId(null)} /> : null}
        </Card>
      ) : null}
    </Stack>
  );
}
