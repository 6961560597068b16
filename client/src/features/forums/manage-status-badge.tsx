import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ForumEventStatus } from '../../generated/graphql';

// Outline badges on white: each colour keeps a contrast of at least 4.5:1 (axe).
const COLOR: Record<ForumEventStatus, string> = { DRAFT: 'grape.9', PUBLISHED: 'teal.9', CLOSED: 'gray.8' };

/** An event's status as coordinators see it: draft, published or closed. */
export function ManageStatusBadge({ status }: { status: ForumEventStatus }) {
  const { t } = useTranslation();
  return (
    <Badge component="span" variant="outline" color={COLOR[status]}>
      {t(`forums.manage.status.${status}`)}
    </Badge>
  );
}
