// Demo reference data for the monitoring: districts' populations of this year and the directorate's
// targets, so the dashboard shows participation per 10,000 residents and progress. The populations are
// rounded approximations marked as such in their source; an admin replaces them with TÜİK's ADNKS
// figures. Idempotent: a year already entered is left alone.
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import { prisma } from '../../db/prisma.ts';
import type { DISTRICTS } from '../../seed/reference.ts';

const APPROXIMATE: Record<(typeof DISTRICTS)[number], number> = {
  Aliağa: 105_000, Balçova: 80_000, Bayındır: 40_000, Bayraklı: 300_000, Bergama: 105_000, Beydağ: 12_000, Bornova: 450_000,
  Buca: 520_000, Çeşme: 50_000, Çiğli: 210_000, Dikili: 47_000, Foça: 34_000, Gaziemir: 140_000, Güzelbahçe: 38_000,
  Karabağlar: 480_000, Karaburun: 12_000, Karşıyaka: 350_000, Kemalpaşa: 115_000, Kınık: 29_000, Kiraz: 43_000,
  Konak: 330_000, Menderes: 110_000, Menemen: 200_000, Narlıdere: 65_000, Ödemiş: 135_000, Seferihisar: 55_000,
  Selçuk: 37_000, Tire: 86_000, Torbalı: 210_000, Urla: 75_000,
};

const TARGETS: Record<string, number> = { volunteersActivated: 120, hoursServed: 6_000, councilMeetingsHeld: 60, forumParticipants: 400, tripParticipants: 12_000 };

export const demoData = {
  seed: async () => {
    const year = Number(todayInIstanbul().slice(0, 4));
    const districts = await prisma.district.findMany({ select: { id: true, name: true } });
    if ((await prisma.districtPopulation.count({ where: { year } })) === 0) {
      await prisma.districtPopulation.createMany({
        data: districts.map((d) => ({ districtId: d.id, year, population: APPROXIMATE[d.name as (typeof DISTRICTS)[number]] ?? 50_000, source: 'Demo: yaklaşık değerler (TÜİK ADNKS ile değiştirin)' })),
        skipDuplicates: true,
      });
    }
    if ((await prisma.monitoringTarget.count({ where: { year } })) === 0) {
      await prisma.monitoringTarget.createMany({ data: Object.entries(TARGETS).map(([metric, value]) => ({ year, metric, value })), skipDuplicates: true });
    }
  },
};
