// Reference data every installation needs: districts, programmes, consent texts.
import { prisma } from '../db/prisma.ts';
import { slugify } from '../text.ts';
import { clearReferenceCaches } from '../modules/common/reference-cache.ts';

/** İzmir's 30 districts, in Turkish alphabetical order; ids are stable. */
export const DISTRICTS = [
  'Aliağa', 'Balçova', 'Bayındır', 'Bayraklı', 'Bergama', 'Beydağ', 'Bornova', 'Buca', 'Çeşme', 'Çiğli',
  'Dikili', 'Foça', 'Gaziemir', 'Güzelbahçe', 'Karabağlar', 'Karaburun', 'Karşıyaka', 'Kemalpaşa', 'Kınık', 'Kiraz',
  'Konak', 'Menderes', 'Menemen', 'Narlıdere', 'Ödemiş', 'Seferihisar', 'Selçuk', 'Tire', 'Torbalı', 'Urla',
] as const;

const NEIGHBOURHOODS: Partial<Record<(typeof DISTRICTS)[number], string[]>> = {
  Konak: ['Alsancak', 'Göztepe', 'Güzelyalı', 'Kahramanlar', 'Basmane', 'Eşrefpaşa'],
  Karşıyaka: ['Bostanlı', 'Mavişehir', 'Alaybey', 'Bahariye', 'Donanmacı'],
  Bornova: ['Erzene', 'Kazımdirik', 'Evka 3', 'Çamdibi', 'Altındağ'],
  Buca: ['Şirinyer', 'Kozağaç', 'Adatepe', 'Yıldız', 'Çamlık'],
  Bayraklı: ['Manavkuyu', 'Turan', 'Salhane', 'Adalet'],
  Çiğli: ['Ataşehir', 'Balatçık', 'Harmandalı', 'Egekent'],
  Karabağlar: ['Üçkuyular', 'Yurdoğlu', 'Uzundere', 'Bahriye Üçok'],
  Gaziemir: ['Sevgi', 'Aktepe', 'Emrez'],
  Balçova: ['Teleferik', 'Onur', 'Korutürk'],
  Narlıdere: ['Atatürk', 'Limanreis', 'Çatalkaya'],
};

const PROGRAMMES = [
  {
    kind: 'VOLUNTEERING' as const,
    slug: 'esit-izmir-gonullulari',
    nameTr: 'Eşit İzmir Gönüllüleri',
    nameEn: 'Eşit İzmir Volunteers',
    summaryTr: '18 yaş üstü İzmirliler toplumsal cinsiyet eşitliği çalışmalarına gönüllü olur: çeviri, atölyeler, saha çalışması, sosyal medya, proje ve kampanya yönetimi.',
    summaryEn: 'People of İzmir aged 18+ volunteer for gender equality: translation, workshops, field work, social media, project and campaign management.',
  },
  {
    kind: 'CHILDRENS_COUNCIL' as const,
    slug: 'izmir-cocuk-meclisi',
    nameTr: 'İzmir Çocuk Meclisi',
    nameEn: "İzmir Children's Council",
    summaryTr: 'Çocuklar komisyonlarda yerel yönetime katılır: Kent Hakları, Doğa ve Ekoloji, Sosyal Etkinlik Planlama, Bilgi ve Teknoloji, Genç ve Ergen Katılımı.',
    summaryEn: 'Children take part in local government through committees: Urban Rights, Nature and Ecology, Social Activity Planning, Information and Technology, Youth and Adolescent Participation.',
  },
  {
    kind: 'FORUMS' as const,
    slug: 'forumlar-ve-odak-gruplar',
    nameTr: 'Forumlar ve Odak Grupları',
    nameEn: 'Forums and Focus Groups',
    summaryTr: 'Genç kadınların yerel kararlara katıldığı eşitlik forumları ve odak grupları: oturumlar, kayıt, adil katılımcı seçimi ve bulgular.',
    summaryEn: 'Equality forums and focus groups where young women take part in local decisions: sessions, registration, fair selection and findings.',
  },
  {
    kind: 'LEISURE_TRIPS' as const,
    slug: 'gezi-programlari',
    nameTr: 'Gezi Programları',
    nameEn: 'Leisure Trips',
    summaryTr: '"Kadınlara Mola" körfez turları, kültür gezileri ve deniz gezileri; çocuklar için müze ve vapur gezileri.',
    summaryEn: '"A Break for Women" gulf tours, culture tours and sea trips; museum and ferry trips for children.',
  },
];

export const ACCOUNT_CONSENT_VERSION = '2026-01';
export const VOLUNTEER_APPLICATION_CONSENT_VERSION = '2026-01';

/** The translation area: choosing it makes languages with their level required. */
export const TRANSLATION_AREA_SLUG = 'translation';

/** The volunteer areas of Eşit İzmir; coordinators may add more. Slugs are stable. */
export const VOLUNTEER_AREAS = [
  { slug: TRANSLATION_AREA_SLUG, nameTr: 'Çeviri', nameEn: 'Translation' },
  { slug: 'workshops', nameTr: 'Atölyeler', nameEn: 'Workshops' },
  { slug: 'field-work', nameTr: 'Saha çalışması', nameEn: 'Field work' },
  { slug: 'social-media', nameTr: 'Sosyal medya', nameEn: 'Social media' },
  { slug: 'project-management', nameTr: 'Proje yönetimi', nameEn: 'Project management' },
  { slug: 'campaign-management', nameTr: 'Kampanya yönetimi', nameEn: 'Campaign management' },
];

const CONSENT_TEXTS = [
  {
    purpose: 'ACCOUNT_PROCESSING' as const,
    version: ACCOUNT_CONSENT_VERSION,
    bodyTr:
      'İzmir Büyükşehir Belediyesi, 6698 sayılı Kişisel Verilerin Korunması Kanunu (KVKK) uyarınca veri sorumlusu olarak; adınızı, iletişim bilgilerinizi, doğum tarihinizi, ilçenizi ve isteğe bağlı olarak beyan ettiğiniz cinsiyetinizi yalnızca Katılım programlarına başvurunuzu, kaydınızı ve size ulaşmayı sağlamak amacıyla işler. Verileriniz yetkili personel dışında kimseyle paylaşılmaz, program süresince ve yasal saklama süreleri boyunca tutulur. KVKK madde 11 kapsamındaki haklarınızı (bilgi talebi, düzeltme, silme, itiraz) profil sayfanızdan veya kvkk@izmir.bel.tr adresinden kullanabilirsiniz.',
    bodyEn:
      'İzmir Metropolitan Municipality, as data controller under Turkish Personal Data Protection Law No. 6698 (KVKK), processes your name, contact details, birth date, district and, if you choose to state it, your gender only to handle your applications and registrations in Katılım programmes and to contact you. Your data is shared with no one but authorised staff and kept for the programme and the legal retention periods. You can use your rights under KVKK article 11 (access, correction, erasure, objection) from your profile page or at kvkk@izmir.bel.tr.',
  },
  {
    purpose: 'VOLUNTEER_APPLICATION' as const,
    version: VOLUNTEER_APPLICATION_CONSENT_VERSION,
    bodyTr:
      'İzmir Büyükşehir Belediyesi, 6698 sayılı KVKK uyarınca veri sorumlusu olarak; Eşit İzmir gönüllü başvurunuzda verdiğiniz ilgi alanlarınızı, dil bilginizi, uygunluk durumunuzu, ilçenizi, motivasyon ve deneyim metinlerinizi ve yaşınızı yalnızca başvurunuzu değerlendirmek, sizi görüşmeye ve eğitime davet etmek ve gönüllü çalışmayı planlamak amacıyla işler. Başvurunuzu yalnızca gönüllü koordinatörleri görür; ön değerlendirme notları ve görüşme sonuçları da yalnızca onlarca tutulur. Veriler başvuru dönemi ve gönüllülüğünüz süresince, ardından yasal saklama süreleri boyunca saklanır. Başvurunuzu dilediğiniz an geri çekebilir, KVKK madde 11 kapsamındaki haklarınızı profil sayfanızdan veya kvkk@izmir.bel.tr adresinden kullanabilirsiniz.',
    bodyEn:
      'İzmir Metropolitan Municipality, as data controller under KVKK (Law No. 6698), processes the areas of interest, languages, availability, district, motivation and experience texts and the age given in your Eşit İzmir volunteer application only to assess it, to invite you to an interview and training, and to plan volunteer work. Only volunteer coordinators see your application; screening notes and interview results are kept by them alone. The data is kept for the recruitment round and your time as a volunteer, then for the legal retention periods. You can withdraw your application at any time and use your rights under KVKK article 11 from your profile page or at kvkk@izmir.bel.tr.',
  },
  {
    purpose: 'GUARDIAN_CONSENT' as const,
    version: ACCOUNT_CONSENT_VERSION,
    bodyTr: 'Velisi olduğum çocuğun İzmir Çocuk Meclisi etkinliklerine katılmasına ve kişisel verilerinin bu amaçla işlenmesine onay veriyorum.',
    bodyEn: "I consent, as guardian, to the child taking part in İzmir Children's Council activities and to their personal data being processed for that purpose.",
  },
  {
    purpose: 'CHILD_TRIP' as const,
    version: '2026-12',
    bodyTr:
      'Velisi olduğum çocukların İzmir Büyükşehir Belediyesi’nin düzenlediği geziye katılmasına ve adlarının ve doğum tarihlerinin yalnızca gezinin kaydı, biniş listesi ve programın istatistikleri amacıyla işlenmesine, 6698 sayılı KVKK uyarınca onay veriyorum.',
    bodyEn:
      'As their guardian, I consent to my children taking part in the trip organised by İzmir Metropolitan Municipality and to their names and birth dates being processed, under KVKK (Law No. 6698), only for the trip’s registration, its boarding list and the programme’s statistics.',
  },
  // Children's Council: one text per purpose, each given (or withdrawn) on its own by the guardian.
  {
    purpose: 'COUNCIL_PARTICIPATION' as const,
    version: '2026-12',
    bodyTr:
      'Velisi olduğum çocuğun İzmir Çocuk Meclisi’ne ve komite çalışmalarına katılmasına; adının, doğum tarihinin, okulunun, ilçesinin ve benim iletişim bilgilerimin yalnızca meclis üyeliği, toplantılar ve yoklama amacıyla, yalnızca komitesinin kolaylaştırıcıları, meclis koordinatörleri ve yöneticiler tarafından işlenmesine 6698 sayılı KVKK uyarınca onay veriyorum.',
    bodyEn:
      'As their guardian, I consent, under KVKK (Law No. 6698), to the child taking part in İzmir Children’s Council and its committee work, and to their name, birth date, school, district and my contact details being processed only for council membership, meetings and attendance, and only by the committee’s facilitators, the council’s coordinators and administrators.',
  },
  {
    purpose: 'COUNCIL_MEDIA' as const,
    version: '2026-12',
    bodyTr:
      'Velisi olduğum çocuğun meclis etkinliklerinde fotoğraf ve videosunun çekilmesine ve belediyenin tanıtım ve bilgilendirme yayınlarında adı yazılmadan kullanılmasına onay veriyorum.',
    bodyEn:
      'As their guardian, I consent to photos and videos of the child being taken at council events and used, without their name, in the municipality’s publications about the council.',
  },
  {
    purpose: 'COUNCIL_TRIPS' as const,
    version: '2026-12',
    bodyTr: 'Velisi olduğum çocuğun meclisin düzenlediği gezi ve ziyaretlere katılmasına onay veriyorum.',
    bodyEn: 'As their guardian, I consent to the child taking part in trips and visits the council organises.',
  },
  {
    purpose: 'COUNCIL_CHILD_CONTACT' as const,
    version: '2026-12',
    bodyTr:
      'Meclis ile ilgili duyuruların çocuğun kendi e-posta adresine ve telefonuna da gönderilmesine onay veriyorum (bu onay olmadan yalnızca bana gönderilir).',
    bodyEn:
      'I consent to council announcements also being sent to the child’s own email address and phone (without this consent they are sent to me only).',
  },
];

export async function seedReference(): Promise<void> {
  await prisma.district.createMany({
    data: DISTRICTS.map((name, index) => ({ id: index + 1, name, slug: slugify(name) })),
    skipDuplicates: true,
  });
  const neighbourhoods = Object.entries(NEIGHBOURHOODS).flatMap(([district, names]) =>
    names.map((name) => ({ districtId: DISTRICTS.indexOf(district as (typeof DISTRICTS)[number]) + 1, name })),
  );
  await prisma.neighbourhood.createMany({ data: neighbourhoods, skipDuplicates: true });
  await prisma.programme.createMany({ data: PROGRAMMES, skipDuplicates: true });
  await prisma.consentText.createMany({ data: CONSENT_TEXTS, skipDuplicates: true });
  await prisma.volunteerArea.createMany({ data: VOLUNTEER_AREAS, skipDuplicates: true });
  // The API keeps districts and programmes in memory: it must not answer from before this seed.
  clearReferenceCaches();
}
