import type { OutboxStatus, Role } from '../../generated/graphql';

export const ROLES = ['VOLUNTEER', 'FACILITATOR', 'COORDINATOR', 'ADMIN'] as const satisfies readonly Role[];

export const OUTBOX_STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const satisfies readonly OutboxStatus[];

export const ROLE_COLOR: Record<Role, string> = {
  VOLUNTEER: 'blue',
  FACILITATOR: 'teal',
  COORDINATOR: 'grape',
  ADMIN: 'red',
};

export const STATUS_COLOR: Record<OutboxStatus, string> = {
  PENDING: 'yellow',
  SENDING: 'blue',
  SENT: 'green',
  FAILED: 'red',
};
