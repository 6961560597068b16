import { APPLICATION_STATUSES } from '@katilim/schema/application-status';
import { describe, expect, it } from 'vitest';
import en from './i18n/en.json';
import tr from './i18n/tr.json';
import { APPLICATION_STATUS_COLOR } from './labels';

// The statuses are the shared pipeline's (@katilim/schema): the client can show each the server sends.
describe.each(APPLICATION_STATUSES)('the status %s', (status) => {
  it('has a badge colour and a label in Turkish and English', () => {
    expect(APPLICATION_STATUS_COLOR[status]).toMatch(/^[a-z]+$/);
    expect(tr.applicationStatus[status]).toMatch(/\S/);
    expect(en.applicationStatus[status]).toMatch(/\S/);
  });
});
