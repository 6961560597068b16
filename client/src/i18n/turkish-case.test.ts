import { describe, expect, it } from 'vitest';
import { compareText, foldForSearch, matchesSearch, toTurkishLowerCase, toTurkishUpperCase } from './turkish-case';

describe('Turkish case helpers', () => {
  it.each([
    ['istanbul', 'İSTANBUL'],
    ['ılık', 'ILIK'],
    ['Çiğli', 'ÇİĞLİ'],
    ['Karşıyaka', 'KARŞIYAKA'],
  ])('upper-cases %s as %s', (input, expected) => {
    expect(toTurkishUpperCase(input)).toBe(expected);
  });

  it.each([
    ['İZMİR', 'izmir'],
    ['IŞIK', 'ışık'],
  ])('lower-cases %s as %s', (input, expected) => {
    expect(toTurkishLowerCase(input)).toBe(expected);
  });

  it('does what the default English mapping gets wrong', () => {
    expect('i'.toUpperCase()).toBe('I');
    expect(toTurkishUpperCase('i')).toBe('İ');
  });

  it.each([
    ['IŞIK', 'ışık', true],
    ['Işık Yılmaz', 'isik', true],
    ['İzmir', 'izmir', true],
    ['ÇİĞLİ', 'cigli', true],
    ['Karşıyaka', 'karsi', true],
    ['Bornova', 'buca', false],
  ])('search: %s contains %s → %s', (text, search, expected) => {
    expect(matchesSearch(text, search)).toBe(expected);
  });

  it('folds both spellings of the same name to one key', () => {
    expect(foldForSearch('IŞIK')).toBe(foldForSearch('ışık'));
  });

  it('sorts district names in Turkish alphabetical order', () => {
    const names = ['Ödemiş', 'Urla', 'Çiğli', 'Buca', 'Çeşme', 'Karşıyaka', 'Karabağlar', 'Bornova'];
    expect([...names].sort(compareText('tr'))).toEqual([
      'Bornova',
      'Buca',
      'Çeşme',
      'Çiğli',
      'Karabağlar',
      'Karşıyaka',
      'Ödemiş',
      'Urla',
    ]);
  });
});
