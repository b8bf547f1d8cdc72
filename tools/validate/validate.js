#!/usr/bin/env node
// Validates an export folder (`java -jar quarkus-run.jar export --out DIR`) with the standard tools, in strict mode:
//  1. datapackage.json with Frictionless's own library (datapackage): Package.load(..., {strict: true}) checks the
//     descriptor against the Data Package and Table Schema profiles; then every resource is read with its Table
//     Schema (types, required, enums, unique and primary keys) and its foreign keys resolved (resource.read with
//     relations: true, which is what the library's checkRelations does); bytes and sha256 hash of every file checked.
//  2. dataset.json against dataset.schema.json with ajv (JSON Schema 2020-12, strict: true, ajv-formats).
// Usage: node validate.js DIR. Exit 0 when everything is valid, 1 with every problem found otherwise.
//        node validate.js --planted DIR: plants one error per check in copies of DIR (an empty foreignKeys list in
//        the descriptor, a citation of a document that does not exist, a meeting without its slug in dataset.json)
//        and exits 0 only if each validator reports its error: proof that the checks above can fail.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const {Package} = require('datapackage');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');

async function validatePackage(dir, problems) {
  let pkg;
  try {
    pkg = await Package.load(path.join(dir, 'datapackage.json'), {basePath: dir, strict: true});
  } catch (error) {
    const details = (error.errors || []).map((e) => `  - ${e.message || e}`);
    problems.push(`datapackage.json: ${error.message}${details.length ? '\n' + details.join('\n') : ''}`);
    return;
  }
  let rows = 0;
  let foreignKeys = 0;
  for (const resource of pkg.resources) {
    const name = resource.name;
    const file = path.join(dir, resource.descriptor.path);
    const bytes = fs.readFileSync(file);
    if (resource.descriptor.bytes !== bytes.length) {
      problems.push(`${name}: bytes ${resource.descriptor.bytes} in the descriptor, ${bytes.length} in the file`);
    }
    const hash = 'sha256:' + crypto.createHash('sha256').update(bytes).digest('hex');
    if (resource.descriptor.hash !== hash) {
      problems.push(`${name}: hash ${resource.descriptor.hash} in the descriptor, ${hash} of the file`);
    }
    try {
      // Casts every value (types, constraints: required, enum, unique, primary key) and resolves every foreign key.
      const read = await resource.read({relations: true});
      rows += read.length;
      foreignKeys += (resource.schema.foreignKeys || []).length;
    } catch (error) {
      const details = (error.errors || []).map((e) => `  - ${e.message || e}`);
      problems.push(`${name}: ${error.message}${details.length ? '\n' + details.join('\n') : ''}`);
    }
  }
  return `datapackage.json: ${pkg.resources.length} resources, ${rows} rows read with their Table Schemas, `
      + `${foreignKeys} foreign keys resolved (datapackage ${require('datapackage/package.json').version}, strict)`;
}

function validateDataset(dir, problems) {
  const ajv = new Ajv2020({strict: true, allErrors: true});
  addFormats(ajv);
  let validate;
  try {
    validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(dir, 'dataset.schema.json'), 'utf8')));
  } catch (error) {
    problems.push(`dataset.schema.json does not compile in strict mode: ${error.message}`);
    return;
  }
  const dataset = JSON.parse(fs.readFileSync(path.join(dir, 'dataset.json'), 'utf8'));
  if (!validate(dataset)) {
    for (const e of validate.errors.slice(0, 50)) {
      problems.push(`dataset.json${e.instancePath}: ${e.message} (${e.schemaPath})`);
    }
    return;
  }
  return `dataset.json: valid against dataset.schema.json (ajv ${require('ajv/package.json').version}, `
      + 'JSON Schema 2020-12, strict)';
}

function sha256(bytes) {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

const PLANTED = [
  {
    what: 'datapackage.json: documents gets "foreignKeys": [] (forbidden by the Table Schema profile)',
    expect: /foreignKeys/,
    check: validatePackage,
    plant(dir) {
      const file = path.join(dir, 'datapackage.json');
      const descriptor = JSON.parse(fs.readFileSync(file, 'utf8'));
      descriptor.resources.find((r) => r.name === 'documents').schema.foreignKeys = [];
      fs.writeFileSync(file, JSON.stringify(descriptor, null, 2));
    },
  },
  {
    what: 'citations.csv: the first citation quotes a document that does not exist (bytes and hash updated)',
    expect: /Foreign key/,
    check: validatePackage,
    plant(dir) {
      const csv = path.join(dir, 'citations.csv');
      const lines = fs.readFileSync(csv, 'utf8').split('\r\n');
      const [id, fact, , ...rest] = lines[1].split(',');
      lines[1] = [id, fact, 'no-such-document', ...rest].join(',');
      fs.writeFileSync(csv, lines.join('\r\n'));
      const bytes = fs.readFileSync(csv);
      const file = path.join(dir, 'datapackage.json');
      const descriptor = JSON.parse(fs.readFileSync(file, 'utf8'));
      const resource = descriptor.resources.find((r) => r.name === 'citations');
      resource.bytes = bytes.length;
      resource.hash = 'sha256:' + sha256(bytes);
      fs.writeFileSync(file, JSON.stringify(descriptor, null, 2));
    },
  },
  {
    what: 'dataset.json: the first meeting has no slug',
    expect: /must have required property 'slug'/,
    check: validateDataset,
    plant(dir) {
      const file = path.join(dir, 'dataset.json');
      const dataset = JSON.parse(fs.readFileSync(file, 'utf8'));
      delete dataset.meetings[0].slug;
      fs.writeFileSync(file, JSON.stringify(dataset));
    },
  },
];

async function planted(dir) {
  let missed = 0;
  for (const error of PLANTED) {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'planted-'));
    fs.cpSync(dir, copy, {recursive: true});
    error.plant(copy);
    const problems = [];
    await error.check(copy, problems);
    fs.rmSync(copy, {recursive: true, force: true});
    const caught = problems.some((p) => error.expect.test(p));
    console.log(`${caught ? 'caught' : 'MISSED'}: ${error.what}`);
    problems.forEach((p) => console.log('    ' + p.split('\n').join('\n    ')));
    if (!caught) missed++;
  }
  if (missed) {
    console.error(`${missed} planted error(s) went unnoticed`);
    process.exit(1);
  }
  console.log(`all ${PLANTED.length} planted errors caught`);
}

async function main() {
  const args = process.argv.slice(2);
  const plant = args[0] === '--planted';
  const dir = plant ? args[1] : args[0];
  if (!dir || !fs.existsSync(path.join(dir, 'datapackage.json'))) {
    console.error('usage: node validate.js [--planted] DIR (a folder written by the export command)');
    process.exit(2);
  }
  if (plant) {
    await planted(dir);
    return;
  }
  const problems = [];
  for (const summary of [await validatePackage(dir, problems), validateDataset(dir, problems)]) {
    if (summary && !problems.length) console.log(summary);
  }
  if (problems.length) {
    console.error(`INVALID: ${problems.length} problem(s)`);
    problems.forEach((p) => console.error('- ' + p));
    process.exit(1);
  }
  console.log('valid');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
