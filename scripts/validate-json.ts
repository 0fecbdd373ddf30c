// Dev aid until `npm run check` exists: validates one disclosure or department JSON.
import { readFileSync } from 'node:fs';
import { DisclosureSchema } from '../src/schemas/disclosure.ts';
import { DepartmentSchema } from '../src/schemas/department.ts';
for (const file of process.argv.slice(2)) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const schema = file.includes('/departments/') ? DepartmentSchema : DisclosureSchema;
  const r = schema.safeParse(data);
  console.log(file, r.success ? 'OK' : JSON.stringify(r.error.issues, null, 1));
}
