// The council's standing committees: every new term starts with these five; coordinators add more.
export const STANDING_COMMITTEES = [
  {
    slug: 'kent-haklari',
    nameTr: 'Kent Hakları Komisyonu',
    nameEn: 'Urban Rights Committee',
    descriptionTr: 'Çocukların kentte güvenle yaşama, oynama ve söz sahibi olma haklarını izler.',
    descriptionEn: 'Looks after children’s rights in the city: to live safely, to play and to be heard.',
  },
  {
    slug: 'doga-ve-ekoloji',
    nameTr: 'Doğa ve Ekoloji Komisyonu',
    nameEn: 'Nature and Ecology Committee',
    descriptionTr: 'Parklar, kıyılar, su ve iklim üzerine çalışır.',
    descriptionEn: 'Works on parks, the shore, water and the climate.',
  },
  {
    slug: 'sosyal-etkinlik',
    nameTr: 'Sosyal Etkinlik Planlama Komisyonu',
    nameEn: 'Social Activity Planning Committee',
    descriptionTr: 'Çocuklar için etkinlik ve buluşmalar planlar.',
    descriptionEn: 'Plans activities and gatherings for children.',
  },
  {
    slug: 'bilgi-ve-teknoloji',
    nameTr: 'Bilgi ve Teknoloji Komisyonu',
    nameEn: 'Information and Technology Committee',
    descriptionTr: 'Dijital haklar, güvenli internet ve bilgiye erişim üzerine çalışır.',
    descriptionEn: 'Works on digital rights, safe internet use and access to information.',
  },
  {
    slug: 'genc-ve-ergen-katilimi',
    nameTr: 'Genç ve Ergen Katılımı Komisyonu',
    nameEn: 'Youth and Adolescent Participation Committee',
    descriptionTr: 'Gençlerin ve ergenlerin kent yönetimine katılımını güçlendirir.',
    descriptionEn: 'Strengthens young people’s and adolescents’ part in running the city.',
  },
] as const;
