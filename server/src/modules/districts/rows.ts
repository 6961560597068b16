// İzmir's districts as every module reads them: from the reference cache (written only by the seed),
// in id order, which is Turkish alphabetical order (Ç after C, İ after I).
import { prisma } from '../../db/prisma.ts';
import { referenceCache } from '../common/reference-cache.ts';

export const districtRows = referenceCache(() => prisma.district.findMany({ orderBy: { id: 'asc' } }));
