// pnpm seed: reference data and demo data into the configured database. Safe to run again.
import { openDatabase } from '../src/db/connection.ts';
import { deployMigrations } from '../src/db/migrate.ts';
import { connectPrisma, disconnectPrisma, prisma } from '../src/db/prisma.ts';
import { describeTarget, targetFromEnv } from '../src/db/target.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { seedReference } from '../src/seed/reference.ts';

const target = targetFromEnv(process.env);
const database = await openDatabase(target);
await deployMigrations(target, database);
connectPrisma(database);
const before = await prisma.user.count();
await seedReference();
const result = await seedDemo();
const after = await prisma.user.count();
console.log(`${describeTarget(target)}: ${result.people} demo people (${after - before} new), reference data in place`);
await disconnectPrisma();
await database.close();
process.exit(0);
