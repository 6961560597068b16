// The monitoring module's server messages, Turkish first.
import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  tr: {
    'validation.monitoring.month': 'Ayı YYYY-AA biçiminde girin (örneğin 2026-11).',
    'validation.monitoring.monthOrder': 'Bitiş ayı başlangıç ayından önce olamaz.',
    'validation.monitoring.rangeTooLong': 'En fazla 60 aylık bir dönem seçilebilir.',
    'validation.monitoring.district': 'İzmir ilçelerinden birini seçin.',
    'validation.monitoring.year': 'Yıl 2000 ile 2100 arasında olmalıdır.',
    'validation.monitoring.population': 'Nüfus 1 ile 100.000.000 arasında bir tam sayı olmalıdır.',
    'validation.monitoring.duplicate': 'Aynı kayıt iki kez girilemez.',
    'validation.monitoring.metric': 'Böyle bir gösterge yok.',
    'validation.monitoring.target': 'Hedef 0 ya da daha büyük bir sayı olmalıdır.',
    'monitoring.programme.volunteers': 'Eşit İzmir gönüllüleri',
    'monitoring.programme.council': 'Çocuk Meclisi',
    'monitoring.programme.forums': 'Forumlar ve odak grupları',
    'monitoring.programme.trips': 'Geziler',
    'error.monitoring.monthNotOver': 'Rapor yalnızca bitmiş bir ay için oluşturulabilir.',
  },
  en: {
    'validation.monitoring.month': 'Enter the month as YYYY-MM (for example 2026-11).',
    'validation.monitoring.monthOrder': 'The last month cannot come before the first.',
    'validation.monitoring.rangeTooLong': 'A period can be at most 60 months long.',
    'validation.monitoring.district': "Choose one of İzmir's districts.",
    'validation.monitoring.year': 'The year must be between 2000 and 2100.',
    'validation.monitoring.population': 'A population must be a whole number from 1 to 100,000,000.',
    'validation.monitoring.duplicate': 'The same row cannot be given twice.',
    'validation.monitoring.metric': 'There is no such figure.',
    'validation.monitoring.target': 'A target must be 0 or more.',
    'monitoring.programme.volunteers': 'Eşit İzmir volunteers',
    'monitoring.programme.council': "Children's Council",
    'monitoring.programme.forums': 'Forums and focus groups',
    'monitoring.programme.trips': 'Leisure trips',
    'error.monitoring.monthNotOver': 'A report can only be made for a month that is over.',
  },
});
