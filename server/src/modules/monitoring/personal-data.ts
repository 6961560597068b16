// Monitoring under KVKK: the figures are aggregates and name no one; a coordinator's or admin's
// subscription to the monthly report is hers, exported and erased with her.
import { declarePersonalData } from '../privacy/declaration.ts';

export const personalData = declarePersonalData({
  module: 'monitoring',
  models: ['MonitoringSubscription'],
  export: async (tx, subject) => ({
    MonitoringSubscription: await tx.monitoringSubscription.findMany({ where: { userId: subject.id } }),
  }),
  erase: async (tx, { subject }) => {
    await tx.monitoringSubscription.deleteMany({ where: { userId: subject.id } });
  },
});
