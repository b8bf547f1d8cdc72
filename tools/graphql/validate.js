#!/usr/bin/env node
// Reads the committed SDL and the front-end operations as front-end tooling does:
//  1. openapi/schema.graphql with graphql-js's buildSchema (what GraphQL Code Generator and GraphQL Inspector load;
//     an undeclared scalar such as Date fails here);
//  2. every file of src/test/resources/graphql/frontend (operations, and fragments.graphql whose fragments they share)
//     with GraphQL Inspector's validate: graphql-js's validation rules over all files at once (fragments resolved
//     across files), duplicate fragment names, use of deprecated fields, Apollo's client directives allowed, and the
//     service's depth limit (12);
//  3. a check that the checks can fail: the SDL without 'scalar Date' must not load, an operation asking for a field
//     that does not exist must be reported.
// Usage: node tools/graphql/validate.js (from anywhere). Exit 0 when everything is valid, 1 otherwise.
'use strict';
const fs = require('fs');
const path = require('path');
const {buildSchema, Source} = require('graphql');
const {validate} = require('@graphql-inspector/core');

const root = path.resolve(__dirname, '..', '..');
const sdlFile = path.join(root, 'openapi', 'schema.graphql');
const folder = path.join(root, 'src', 'test', 'resources', 'graphql', 'frontend');
const options = {apollo: true, strictFragments: true, strictDeprecated: true, maxDepth: 12};
const problems = [];

function load(sdl) {
  return buildSchema(sdl);
}

function check(schema, sources) {
  return validate(schema, sources, options).flatMap((invalid) =>
    [...invalid.errors, ...invalid.deprecated].map((e) => `${invalid.source.name}: ${e.message}`));
}

const sdl = fs.readFileSync(sdlFile, 'utf8');
let schema;
try {
  schema = load(sdl);
} catch (error) {
  problems.push(`openapi/schema.graphql does not load: ${error.message}`);
}
const files = fs.readdirSync(folder).filter((f) => f.endsWith('.graphql')).sort();
const sources = files.map((f) => new Source(fs.readFileSync(path.join(folder, f), 'utf8'), f));
if (schema) {
  problems.push(...check(schema, sources));
  // The checks can fail.
  let undeclared = false;
  try {
    load(sdl.replace(/^(".*"\n)?scalar Date$/m, ''));
  } catch (error) {
    undeclared = /Date/.test(error.message);
  }
  if (!undeclared) {
    problems.push('self-check: an SDL without "scalar Date" loaded');
  }
  const planted = check(schema, [...sources, new Source('query Planted { meetings { nodes { nope } } }', 'planted.graphql')]);
  if (!planted.some((p) => p.startsWith('planted.graphql') && p.includes('nope'))) {
    problems.push('self-check: an operation asking for a field that does not exist was not reported');
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`graphql: openapi/schema.graphql loads in graphql-js; ${files.length} files of `
  + 'src/test/resources/graphql/frontend valid (GraphQL Inspector); the checks fail when they should');
