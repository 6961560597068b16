import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApplicationTimeline_ApplicationFragmentDoc } from '../../generated/graphql';
import { useFormatters } from '../../i18n/format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment ApplicationTimeline_application on VolunteerApplication {
    id
    events {
      id
      from
      to
      at
    }
  }
`;

/** Every status change of an application, oldest first, with its date in İzmir time. */
export function ApplicationTimeline({ application }: { application: FragmentType<typeof ApplicationTimeline_ApplicationFragmentDoc> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, complete } = useFragment({
    fragment: ApplicationTimeline_ApplicationFragmentDoc,
    fragmentName: 'ApplicationTimeline_application',
    from: application,
  });
  if (!complete) return null;
  const events = data.events;

  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} aria-label={t('volunteering.my.timeline')}>
      {events.map((event) => (
        <Timeline.Item
          key={event.id}
          title={event.from === null ? t('volunteering.my.started') : t(`volunteering.applicationStatus.${event.to}`)}
        >
          <Text size="xs" c="dimmed" component="time" dateTime={event.at}>
            {format.dateTime(event.at)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
