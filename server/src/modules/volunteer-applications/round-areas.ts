// What the application rules need to know about a round's areas. Apart from rounds.ts (the rounds
// service), so that validation.ts imports no service: the service imports validation's types.
import { prisma } from '../../db/prisma.ts';
import { TRANSLATION_AREA_SLUG } from '../../seed/reference.ts';

/** The area ids of a round and which of them is translation (languages then required); null when no such round. */
export async function roundAreaRules(roundId: string) {
  const round = await prisma.recruitmentRound.findUnique({
    where: { id: roundId },
    select: { areas: { select: { area: { select: { id: true, slug: true } } } } },
  });
  if (!round) return null;
  return {
    areaIds: new Set(round.areas.map(({ area }) => area.id)),
    translationAreaIds: new Set(round.areas.filter(({ area }) => area.slug === TRANSLATION_AREA_SLUG).map(({ area }) => area.id)),
  };
}
