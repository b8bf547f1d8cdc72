#!/usr/bin/env node
// Apollo Client (pinned in package-lock.json) against a running service: node apollo-client.mjs http://host:port/graphql
// Prints one JSON object, which graph/ApolloClientTest checks:
//  - operations: for every front-end operation of src/test/resources/graphql/frontend (with the fragments of
//    fragments.graphql it uses appended), run through a client with the minimal set-up (InMemoryCache, no keyFields,
//    no possibleTypes): the number of records the cache normalised, and every record it could not normalise (kept
//    inline in its parent, by path) or an error;
//  - pages: the timeline's first page, then fetchMore with after = endCursor, merged by relayStylePagination;
//  - persisted: the HTTP exchange of one query through createPersistedQueryLink with useGETForHashedQueries, twice.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {ApolloClient, HttpLink, InMemoryCache} from '@apollo/client';
import {createPersistedQueryLink} from '@apollo/client/link/persisted-queries';
import {relayStylePagination} from '@apollo/client/utilities';
import {Kind, parse, visit} from 'graphql';

const uri = process.argv[2];
const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'test', 'resources',
  'graphql', 'frontend');
const RECORDS = new Set(['Meeting', 'Participant', 'Commitment', 'Deadline', 'SourceDocument']); // Node's types

const fragments = new Map(parse(fs.readFileSync(path.join(folder, 'fragments.graphql'), 'utf8')).definitions
  .map((d) => [d.name.value, d]));

function spreads(node) {
  const names = [];
  visit(node, {FragmentSpread: (s) => { names.push(s.name.value); }});
  return names;
}

/** The operation with the shared fragments it uses (transitively), as a build step bundles them. */
function document(text) {
  const operation = parse(text);
  const used = new Set();
  const todo = spreads(operation);
  while (todo.length) {
    const name = todo.pop();
    if (!used.has(name) && fragments.has(name)) {
      used.add(name);
      todo.push(...spreads(fragments.get(name)));
    }
  }
  return {kind: Kind.DOCUMENT, definitions: [...operation.definitions, ...[...used].map((n) => fragments.get(n))]};
}

function variables(text) {
  const line = text.split('\n').find((l) => l.trim().startsWith('# variables:'));
  return line ? JSON.parse(line.trim().slice('# variables:'.length)) : {};
}

/** Records of the extracted cache left inline in a parent instead of being normalised, by path. */
function inline(value, where, found) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => inline(v, `${where}[${i}]`, found));
  } else if (value && typeof value === 'object') {
    if (RECORDS.has(value.__typename)) {
      found.push(`${where} (${value.__typename})`);
    }
    for (const [k, v] of Object.entries(value)) {
      inline(v, `${where}.${k}`, found);
    }
  }
}

const exchange = [];
const recordingFetch = async (url, init) => {
  const response = await fetch(url, init);
  exchange.push(`${init.method} ${response.status}`);
  return response;
};

const result = {operations: {}, pages: {}, persisted: []};
for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.graphql') && f !== 'fragments.graphql').sort()) {
  const text = fs.readFileSync(path.join(folder, file), 'utf8');
  const client = new ApolloClient({link: new HttpLink({uri}), cache: new InMemoryCache()});
  try {
    await client.query({query: document(text), variables: variables(text)});
    const cache = client.cache.extract();
    const found = [];
    for (const [key, value] of Object.entries(cache)) {
      // A normalised record's own fields may hold other records only as references ({__ref}).
      const fields = Object.fromEntries(Object.entries(value).filter(([k]) => k !== '__typename'));
      inline(fields, key, found);
    }
    result.operations[file] = {
      normalised: Object.keys(cache).filter((k) => RECORDS.has(k.split(':')[0])).length,
      inline: found,
    };
  } catch (error) {
    result.operations[file] = {error: String(error.message || error)};
  }
}

const pages = new ApolloClient({
  link: new HttpLink({uri}),
  cache: new InMemoryCache({typePolicies: {Query: {fields: {timeline: relayStylePagination(['filter'])}}}}),
});
const timeline = fs.readFileSync(path.join(folder, 'timeline-page.graphql'), 'utf8');
const watched = pages.watchQuery({query: document(timeline), variables: {}});
const first = await watched.refetch();
result.pages.first = first.data.timeline.edges.length;
await watched.fetchMore({variables: {after: first.data.timeline.pageInfo.endCursor}});
result.pages.merged = watched.getCurrentResult().data.timeline.edges.length;
result.pages.totalCount = first.data.timeline.totalCount;

const sha256 = async (text) => Array.from(new Uint8Array(
  await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))), (b) => b.toString(16).padStart(2, '0')).join('');
const persisted = new ApolloClient({
  link: createPersistedQueryLink({sha256, useGETForHashedQueries: true})
    .concat(new HttpLink({uri, fetch: recordingFetch})),
  cache: new InMemoryCache(),
});
// A document no earlier run has registered.
const query = parse(`query Persisted${Date.now()} { meetings(first: 3) { totalCount nodes { id slug } } }`);
for (let i = 0; i < 2; i++) {
  const answer = await persisted.query({query, fetchPolicy: 'network-only'});
  result.persisted.push({exchange: exchange.splice(0), totalCount: answer.data.meetings.totalCount});
}
console.log(JSON.stringify(result));
