// Why a monthly report was refused. Messages in messages.ts, Turkish first.
import { DomainError } from '../../errors.ts';

/** A report is made for a month that is over (in İzmir), never for the running month or a later one. */
export class MonitoringMonthNotOverError extends DomainError {
  readonly code = 'MONITORING_MONTH_NOT_OVER';
  readonly messageKey = 'error.monitoring.monthNotOver';
}
