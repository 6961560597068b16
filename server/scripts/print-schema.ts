// Writes the sorted SDL to schema/schema.graphql; `--check` fails when the committed file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { schema } from '../src/schema.ts';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/schema.graphql');
const sdl = `${printSchema(schema)}\n`;

if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== sdl) {
    console.error('schema/schema.graphql is stale: run `pnpm generate` and commit it');
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date');
} else {
  fs.writeFileSync(target, sdl);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
