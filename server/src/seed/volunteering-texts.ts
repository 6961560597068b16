// The words of the Eşit İzmir demo: rounds, interview criteria, qualifications, courses and what
// applicants wrote. Kept apart from the seeding logic in volunteering.ts.
import type { RoundStatus } from '../generated/prisma/enums.ts';

export type RoundText = {
  slug: string;
  status: RoundStatus;
  /** Days from today (Istanbul) on which the call opens and closes. */
  opensInDays: number;
  closesInDays: number;
  seatsSought: number;
  areas: string[];
  titleTr: string;
  titleEn: string;
  descriptionTr: string;
  descriptionEn: string;
  trainingInfoTr: string;
  trainingInfoEn: string;
};

const ALL_AREAS = ['translation', 'workshops', 'field-work', 'social-media', 'project-management', 'campaign-management'];

const TRAINING_INFO = {
  tr: 'Seçilen gönüllüler üç oturumluk "Toplumsal Cinsiyet Eşitliği Temel Eğitimi"ne katılır: her oturum üç saattir ve Konak Kadın Danışma Merkezi\'nde yapılır. Katılamadığınız bir oturum için telafi oturumu açılır. Eğitimi tamamlayanlara iki yıl geçerli bir yeterlilik verilir.',
  en: 'Selected volunteers attend the three-session "Gender Equality Basic Training": each session lasts three hours and takes place at the Konak Women\'s Counselling Centre. A make-up session is offered for a session you miss. Completing the training grants a qualification valid for two years.',
};

export const ROUNDS: RoundText[] = [
  {
    slug: 'esit-izmir-7-donem',
    status: 'DRAFT',
    opensInDays: 40,
    closesInDays: 70,
    seatsSought: 20,
    areas: ['social-media', 'campaign-management'],
    titleTr: 'Eşit İzmir Gönüllüleri 7. Dönem: Kampanya ve Sosyal Medya',
    titleEn: 'Eşit İzmir Volunteers, round 7: Campaigns and Social Media',
    descriptionTr:
      '25 Kasım Kadına Yönelik Şiddete Karşı Uluslararası Mücadele Günü ve 8 Mart kampanyalarını birlikte tasarlayacak, belediyenin sosyal medya hesaplarında eşitlikçi bir dil kuracak gönüllüler arıyoruz.',
    descriptionEn:
      'We are looking for volunteers to design the 25 November and 8 March campaigns with us and to build an equality-minded voice on the municipality\'s social media accounts.',
    trainingInfoTr: TRAINING_INFO.tr,
    trainingInfoEn: TRAINING_INFO.en,
  },
  {
    slug: 'esit-izmir-6-donem',
    status: 'OPEN',
    opensInDays: -7,
    closesInDays: 23,
    seatsSought: 40,
    areas: ALL_AREAS,
    titleTr: 'Eşit İzmir Gönüllüleri 6. Dönem',
    titleEn: 'Eşit İzmir Volunteers, round 6',
    descriptionTr:
      'İzmir\'in 30 ilçesinde toplumsal cinsiyet eşitliği için çalışacak gönüllüler arıyoruz: mahalle atölyeleri, saha çalışmaları, çeviri, sosyal medya, proje ve kampanya yönetimi. 18 yaşını doldurmuş herkes başvurabilir; deneyim şart değildir.',
    descriptionEn:
      'We are looking for volunteers to work for gender equality in all 30 districts of İzmir: neighbourhood workshops, field work, translation, social media, project and campaign management. Everyone aged 18 or over can apply; no experience is needed.',
    trainingInfoTr: TRAINING_INFO.tr,
    trainingInfoEn: TRAINING_INFO.en,
  },
  {
    slug: 'esit-izmir-5-donem',
    status: 'SCREENING',
    opensInDays: -50,
    closesInDays: -10,
    seatsSought: 30,
    areas: ALL_AREAS,
    titleTr: 'Eşit İzmir Gönüllüleri 5. Dönem',
    titleEn: 'Eşit İzmir Volunteers, round 5',
    descriptionTr:
      'Kadın kooperatifleriyle ortak projeler, okullarda eşitlik atölyeleri ve göçmen kadınlar için çeviri desteği verecek gönüllüler arıyoruz.',
    descriptionEn:
      'We are looking for volunteers for joint projects with women\'s cooperatives, equality workshops in schools and translation support for migrant women.',
    trainingInfoTr: TRAINING_INFO.tr,
    trainingInfoEn: TRAINING_INFO.en,
  },
  {
    slug: 'esit-izmir-4-donem',
    status: 'INTERVIEWING',
    opensInDays: -80,
    closesInDays: -40,
    seatsSought: 30,
    areas: ALL_AREAS,
    titleTr: 'Eşit İzmir Gönüllüleri 4. Dönem',
    titleEn: 'Eşit İzmir Volunteers, round 4',
    descriptionTr:
      'Mahallelerde kadınların yerel kararlara katılımını güçlendirecek saha çalışmaları ve atölyeler için gönüllüler arıyoruz.',
    descriptionEn: 'We are looking for volunteers for field work and workshops that strengthen women\'s say in local decisions in the neighbourhoods.',
    trainingInfoTr: TRAINING_INFO.tr,
    trainingInfoEn: TRAINING_INFO.en,
  },
  {
    slug: 'esit-izmir-3-donem',
    status: 'TRAINING',
    opensInDays: -130,
    closesInDays: -95,
    seatsSought: 25,
    areas: ALL_AREAS,
    titleTr: 'Eşit İzmir Gönüllüleri 3. Dönem',
    titleEn: 'Eşit İzmir Volunteers, round 3',
    descriptionTr: 'Eşitlik atölyeleri, sosyal medya ve proje yönetimi alanlarında çalışacak gönüllüler arıyoruz.',
    descriptionEn: 'We are looking for volunteers for equality workshops, social media and project management.',
    trainingInfoTr: TRAINING_INFO.tr,
    trainingInfoEn: TRAINING_INFO.en,
  },
  {
    slug: 'esit-izmir-2-donem',
    status: 'COMPLETED',
    opensInDays: -420,
    closesInDays: -385,
    seatsSought: 25,
    areas: ALL_AREAS,
    titleTr: 'Eşit İzmir Gönüllüleri 2. Dönem',
    titleEn: 'Eşit İzmir Volunteers, round 2',
    descriptionTr: 'Eşit İzmir programının ikinci gönüllü dönemi: atölyeler, saha çalışması ve çeviri.',
    descriptionEn: 'The second volunteer round of the Eşit İzmir programme: workshops, field work and translation.',
    trainingInfoTr: TRAINING_INFO.tr,
    trainingInfoEn: TRAINING_INFO.en,
  },
];

export const CRITERIA = [
  { labelTr: 'Motivasyon ve eşitliğe bağlılık', labelEn: 'Motivation and commitment to equality' },
  { labelTr: 'İletişim ve empati', labelEn: 'Communication and empathy' },
  { labelTr: 'Ekip çalışması', labelEn: 'Teamwork' },
  { labelTr: 'Zaman ayırabilme ve süreklilik', labelEn: 'Availability and reliability' },
];

export const QUALIFICATIONS = [
  {
    slug: 'toplumsal-cinsiyet-esitligi-temel-egitimi',
    nameTr: 'Toplumsal Cinsiyet Eşitliği Temel Eğitimi',
    nameEn: 'Gender Equality Basic Training',
    validityMonths: 24,
  },
  {
    slug: 'saha-calismasinda-guvenlik-ve-etik',
    nameTr: 'Saha Çalışmasında Güvenlik ve Etik',
    nameEn: 'Safety and Ethics in Field Work',
    validityMonths: 12,
  },
  {
    slug: 'cocuklarla-calisma-ve-cocuk-koruma',
    nameTr: 'Çocuklarla Çalışma ve Çocuk Koruma',
    nameEn: 'Working with Children and Child Protection',
    validityMonths: 12,
  },
] as const;

export const PLACES = [
  'Konak Kadın Danışma Merkezi, Alsancak',
  'Karşıyaka Kadın Kültür Evi, Bostanlı',
  'Bornova Kadın Dayanışma Merkezi, Erzene',
  'Buca Gençlik Merkezi, Şirinyer',
];

export const TRAINERS = ['Dr. Selin Aras', 'Av. Deniz Koç', 'Uzm. Psk. Ebru Yıldız', 'Nur Çetin'];

export const INTERVIEW_PLACE = 'Konak Kadın Danışma Merkezi, Alsancak — 2. kat toplantı odası';
export const INTERVIEW_ONLINE = 'https://meet.izmir.bel.tr/esit-izmir-gorusme';

export const MOTIVATIONS = [
  'Mahallemde kadınların belediye hizmetlerinden haberdar olmadığını görüyorum; bu bilgiyi yaymak ve dayanışmayı büyütmek istiyorum.',
  'Üniversitede toplumsal cinsiyet dersleri aldım, öğrendiklerimi sahada uygulamak ve gençlerle atölyeler yapmak istiyorum.',
  'Emekli öğretmenim. Kız çocuklarının okula devamı için yıllarca çalıştım, bu deneyimi Eşit İzmir\'e taşımak isterim.',
  'Göçmen kadınlarla çalışan bir dernekte çevirmenlik yaptım; Arapça ve İngilizce bilgimle destek olmak istiyorum.',
  'Sosyal medyada eşitlikçi dilin yaygınlaşması için içerik üretmek, kampanyalara katkı vermek istiyorum.',
  'Kadın kooperatiflerinin ürünlerini duyurmak ve proje yazımında destek olmak istiyorum.',
  'İki çocuk annesiyim; hafta sonları mahalle atölyelerinde gönüllü olarak çalışmak ve diğer annelerle dayanışmak istiyorum.',
  'Şiddetle mücadele konusunda farkındalık çalışmalarına katılmak ve bildiklerimi paylaşmak istiyorum.',
];

export const EXPERIENCES = [
  'Üniversite kulübünde iki yıl eşitlik atölyeleri düzenledim.',
  'Bir sivil toplum kuruluşunda proje asistanı olarak çalıştım.',
  'Daha önce gönüllülük deneyimim olmadı ama öğrenmeye çok istekliyim.',
  'Mahalle muhtarlığıyla birlikte yardım kampanyalarında görev aldım.',
  'Çeviri bürosunda serbest çevirmen olarak çalışıyorum.',
  '',
];

export const SCREENING_NOTES = [
  'Telefonla görüşüldü; hafta sonları ve akşamları uygun.',
  'Motivasyon metni çok güçlü, atölyeler için öncelikli değerlendirilebilir.',
  'Çeviri için dil düzeyi görüşmede kontrol edilmeli.',
  'Daha önceki dönemde başvurmuş, eğitime katılamamıştı; bu kez uygun görünüyor.',
];

export const OUTCOME_NOTES = {
  ACCEPT: 'Atölye deneyimi ve iletişim becerisi güçlü; kabul.',
  WAITLIST: 'Uygun aday ancak kontenjan dolu; yer açılırsa çağrılacak.',
  REJECT: 'Şu an düzenli zaman ayıramıyor; bir sonraki dönem için teşvik edildi.',
};

export const LANGUAGES = ['en', 'ar', 'de', 'fr', 'ku', 'ru'];
