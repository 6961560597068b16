// Free text that names an erased person (audit data, mail to staff) is redacted, not deleted:
// what names them goes, and in other people's rows only what surely means them.
import { likePatternsOf, redact, redactJson, type DataSubject } from '@katilim/server/modules/privacy/declaration';
import { describe, expect, it } from 'vitest';

const subject: DataSubject = { id: 'x', email: 'nevriye.karakoclu@example.org', firstName: 'Nevriye', lastName: 'Karakoçlu', phone: '+905552741963' };

describe('redacting a person from free text', () => {
  it.each([
    ['about-them', 'Nevriye Karakoçlu aradı', '[silindi] aradı'],
    ['about-them', 'Nevriye yarın gelecek', '[silindi] yarın gelecek'],
    ['about-them', 'Adres: nevriye.karakoclu@example.org', 'Adres: [silindi]'],
    ['about-them', 'Tel 5552741963 ve +905552741963', 'Tel [silindi] ve [silindi]'],
    ['about-them', 'NEVRİYE KARAKOÇLU', '[silindi]'],
    ['about-them', 'nevrıye karakoçlu', '[silindi]'],
    ['elsewhere', 'Nevriye Karakoçlu başvurdu', '[silindi] başvurdu'],
    ['elsewhere', 'Merhaba Nevriye, toplantı yarın', 'Merhaba Nevriye, toplantı yarın'],
    ['elsewhere', 'Ayşe Karakoçlu katıldı', 'Ayşe Karakoçlu katıldı'],
    ['about-them', 'Gülizar Ertunç', 'Gülizar Ertunç'],
  ] as const)('%s: %s', (reach, text, expected) => {
    expect(redact(text, subject, reach)).toBe(expected);
  });

  it('walks every string of a JSON value and leaves the rest alone', () => {
    expect(redactJson({ who: 'Nevriye Karakoçlu', ids: ['a', 3], nested: { email: subject.email, ok: true } }, subject, 'about-them')).toEqual({
      who: '[silindi]',
      ids: ['a', 3],
      nested: { email: '[silindi]', ok: true },
    });
  });

  it('finds the rows to redact with patterns that also match the other Turkish i', () => {
    const patterns = likePatternsOf(subject, 'elsewhere');
    expect(patterns).toContain('%nevr_ye.karakoclu@example.org%');
    expect(patterns).toContain('%Nevr_ye Karakoçlu%');
    expect(likePatternsOf({ ...subject, email: 'a_b%c@x.org' }, 'elsewhere')).toContain('%a\\_b\\%c@x.org%');
  });
});
