#!/usr/bin/env python3
"""The request side of bench/peers.sh: builds the varied request lists, collects each system's own cursors, writes the
wrk Lua scripts, checks answers of each target, saves the answers nginx serves, and prints the tables.

Settings come from the environment that bench/peers.sh exports: PEERS_OUT (where lists, Lua scripts and raw wrk
outputs go), SERVICE_URL, PGL_URL, NGINX_URL, REST_OP2_QUERY, SEED.
Usage: peers.py windows FIRST_DAY LAST_DAY N | cursors TARGET N | lua MODE | check MODE | save-answers | report MODE
"""
import datetime
import json
import os
import random
import re
import statistics
import sys
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("PEERS_OUT", "")
SEED = int(os.environ.get("SEED", "9"))

OPS = {
    1: "first 20 meetings by date + participants' names, roles",
    2: "one meeting by slug + commitments + their deadlines",
    3: "first 25 deadlines due between two dates",
}
DOCS = {"postgraphile": "postgraphile", "graphql": "service"}
OP_FILES = {1: "op1-meetings.graphql", 2: "op2-meeting.graphql", 3: "op3-deadlines.graphql"}
VARIED_TARGETS = ["postgraphile", "graphql", "rest", "rest-whole"]
REPEATED_TARGETS = ["postgraphile", "graphql", "nginx-graphql", "rest", "nginx-rest"]
NO_CACHE = {"Cache-Control": "no-cache"}


def die(message):
    print("peers.py: " + message, file=sys.stderr)
    sys.exit(1)


def base_url(target):
    return {"postgraphile": os.environ.get("PGL_URL"), "graphql": os.environ.get("SERVICE_URL"),
            "rest": os.environ.get("SERVICE_URL"), "rest-whole": os.environ.get("SERVICE_URL"), "nginx-graphql": os.environ.get("NGINX_URL"),
            "nginx-rest": os.environ.get("NGINX_URL")}[target]


def document(target, op):
    with open(os.path.join(HERE, DOCS[target], OP_FILES[op])) as f:
        return f.read()


def lines(name):
    with open(os.path.join(OUT, name)) as f:
        return [line.rstrip("\n") for line in f if line.strip()]


# What the REST target keeps of each record (fields=): the properties the GraphQL documents select, so that both
# surfaces answer the same question; "rest-whole" asks for whole records (every property, citations and claims
# included), as a client that does not narrow its answers does.
REST_FIELDS = {
    1: "slug,title,participants.role,participants.name",
    2: "slug,title,commitments.slug,commitments.summary,commitments.status,"
       "commitments.deadlines.slug,commitments.deadlines.due,commitments.deadlines.status",
    3: "slug,description,due,status",
}


def rest_query(target, op, query):
    """The query string of a REST request of operation OP: QUERY, and the fields the target keeps."""
    parts = [query] if query else []
    if target == "rest":
        parts.append("fields=" + REST_FIELDS[op])
    return "?" + "&".join(parts) if parts else ""


def rest_op2_path(target, slug):
    return "/api/v1/meetings/" + urllib.parse.quote(slug) + rest_query(target, 2, os.environ.get("REST_OP2_QUERY", ""))


# A request is (method, path, headers, body). GraphQL goes as a JSON POST to /graphql, REST as a GET with
# Accept: application/json; requests to this service carry Cache-Control: no-cache when uncached.
def graphql(target, op, variables, headers=None):
    body = json.dumps({"query": document(target, op), "variables": variables}, separators=(",", ":"))
    return ("POST", "/graphql", {"Content-Type": "application/json", **(headers or {})}, body)


def rest(path, headers=None):
    return ("GET", path, {"Accept": "application/json", **(headers or {})}, None)


def op1(target, cursor, headers=None):
    if target.startswith("rest"):
        return rest("/api/v1/meetings" + rest_query(target, 1, "limit=20&include=participants"
                    + ("&cursor=" + urllib.parse.quote(cursor, safe="") if cursor else "")), headers)
    return graphql(target, 1, {"cursor": cursor} if cursor else {}, headers)


def op2(target, slug, headers=None):
    return (rest(rest_op2_path(target, slug), headers) if target.startswith("rest")
            else graphql(target, 2, {"slug": slug}, headers))


def op3(target, window, headers=None):
    start, end = window
    if target.startswith("rest"):
        return rest("/api/v1/deadlines" + rest_query(target, 3, "from=%s&to=%s&limit=25" % (start, end)), headers)
    return graphql(target, 3, {"from": start, "to": end}, headers)


def varied(op, target):
    """Every request of an operation's varied list, in the list's order."""
    headers = None if target == "postgraphile" else NO_CACHE
    if op == 1:
        # REST cursors do not depend on the fields kept: rest-whole pages with rest's
        return [op1(target, c, headers) for c in lines("cursors-%s.txt" % target.replace("-whole", ""))]
    if op == 2:
        return [op2(target, s, headers) for s in lines("slugs.txt")]
    return [op3(target, tuple(w.split("\t")), headers) for w in lines("windows.txt")]


def repeated(op, target):
    """The one request repeated: the first page, the first slug, the first window; nothing bypasses a cache. nginx
    gets the service's request (same method and body) on its own path and answers with the bytes saved from it."""
    if target.startswith("nginx-"):
        method, _, headers, body = repeated(op, target[len("nginx-"):])
        return (method, "/%s/op%d" % (target[len("nginx-"):], op), headers, body)
    if op == 1:
        return op1(target, None)
    if op == 2:
        return op2(target, lines("slugs.txt")[0])
    return op3(target, tuple(lines("windows.txt")[0].split("\t")))


def fetch(target, request, timeout=60):
    method, path, headers, body = request
    req = urllib.request.Request(base_url(target) + path, method=method, headers=headers,
                                 data=body.encode() if body is not None else None)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def answer(target, request):
    """The parsed answer; exits naming the target when it is not a 2xx JSON answer without GraphQL errors."""
    status, raw = fetch(target, request)
    if not 200 <= status < 300:
        die("%s %s answered %d: %s" % (target, request[1], status, raw[:300].decode(errors="replace")))
    try:
        data = json.loads(raw)
    except ValueError:
        die("%s %s answered non-JSON: %r" % (target, request[1], raw[:300]))
    if isinstance(data, dict) and data.get("errors"):
        die("%s %s answered GraphQL errors: %s" % (target, request[1], json.dumps(data["errors"])[:300]))
    return data, raw


def content(op, target, data):
    """(records, nested records) of an answer: meetings and participations, commitments and deadlines, deadlines."""
    def nodes(connection):
        return (connection or {}).get("nodes") or []

    if op == 1:
        if target == "postgraphile":
            meetings = nodes(data["data"]["allMeetings"])
            return len(meetings), sum(len(nodes(m["meetingParticipantsByMeetingId"])) for m in meetings)
        meetings = nodes(data["data"]["meetings"]) if target == "graphql" else data["items"]
        return len(meetings), sum(len(m.get("participants") or []) for m in meetings)
    if op == 2:
        if target == "postgraphile":
            commitments = nodes((data["data"]["meetingBySlug"] or {}).get("commitmentsByMeetingId"))
            return len(commitments), sum(len(nodes(c["deadlinesByCommitmentId"])) for c in commitments)
        meeting = (data["data"]["meeting"] or {}) if target == "graphql" else data
        commitments = meeting.get("commitments") or []
        return len(commitments), sum(len(c.get("deadlines") or []) for c in commitments if isinstance(c, dict))
    deadlines = (nodes(data["data"]["allDeadlines"]) if target == "postgraphile"
                 else nodes(data["data"]["deadlines"]) if target == "graphql" else data["items"])
    return len(deadlines), len(deadlines)


def end_cursor(target, data):
    if target == "rest":
        return data.get("next")
    connection = data["data"]["allMeetings" if target == "postgraphile" else "meetings"]
    return connection["pageInfo"]["endCursor"]


# ---- subcommands -----------------------------------------------------------------------------------------------

def cmd_windows(first_day, last_day, n):
    """N date windows (7 to 60 days) starting on days drawn with the seed between FIRST_DAY and LAST_DAY - 60."""
    rng = random.Random(SEED)
    first = datetime.date.fromisoformat(first_day)
    span = (datetime.date.fromisoformat(last_day) - first).days - 60
    if span <= 0:
        die("no room for windows between %s and %s" % (first_day, last_day))
    with open(os.path.join(OUT, "windows.txt"), "w") as f:
        for _ in range(int(n)):
            start = first + datetime.timedelta(days=rng.randrange(span))
            f.write("%s\t%s\n" % (start, start + datetime.timedelta(days=rng.randint(7, 60))))


def cmd_cursors(target, n):
    """Pages through operation 1 on TARGET with its own cursors until N cursors are known (the first page has none)."""
    cursors, cursor = [], None
    while len(cursors) < int(n):
        data, _ = answer(target, op1(target, cursor, None if target == "postgraphile" else NO_CACHE))
        cursor = end_cursor(target, data)
        if not cursor:
            die("%s: the list ended after %d pages" % (target, len(cursors) + 1))
        cursors.append(cursor)
    with open(os.path.join(OUT, "cursors-%s.txt" % target), "w") as f:
        f.write("".join(c + "\n" for c in cursors))


def lua_string(s):
    return json.dumps(s)  # ASCII only (json escapes the rest as \\u....), and then a valid Lua string literal


def cmd_lua(mode):
    """One wrk script per operation and target. Each wrk thread formats the list once, then every request draws one
    entry with its own seeded generator, so that runs are comparable."""
    os.makedirs(os.path.join(OUT, "lua"), exist_ok=True)
    for op in OPS:
        for target in (VARIED_TARGETS if mode == "varied" else REPEATED_TARGETS):
            requests = varied(op, target) if mode == "varied" else [repeated(op, target)]
            with open(os.path.join(OUT, "lua", "%s-op%d-%s.lua" % (mode, op, target)), "w") as f:
                f.write("-- Generated by bench/peers.sh (bench/peers/peers.py): %s, operation %d, %s, %d requests.\n"
                        % (mode, op, target, len(requests)))
                f.write("local items = {\n")
                for method, path, headers, body in requests:
                    f.write("  {%s, %s, {%s}, %s},\n" % (
                        lua_string(method), lua_string(path),
                        ", ".join("[%s] = %s" % (lua_string(k), lua_string(v)) for k, v in headers.items()),
                        lua_string(body) if body is not None else "nil"))
                f.write("}\n")
                f.write("""local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end
local formatted = {}
function init(args)
  math.randomseed(%d * 1000 + (thread_number or 0))
  for i, item in ipairs(items) do
    formatted[i] = wrk.format(item[1], item[2], item[3], item[4])
  end
end
function request()
  return formatted[math.random(#formatted)]
end
""" % SEED)


def cmd_check(mode):
    """Answers of each operation and target (varied: 10 spread over its list; repeated: the one request): 2xx, JSON,
    no GraphQL errors (which come with a 200, so wrk would not count them), records and nested records present.
    Prints the first 160 bytes of the first."""
    for op in OPS:
        for target in (VARIED_TARGETS if mode == "varied" else REPEATED_TARGETS):
            requests = varied(op, target) if mode == "varied" else [repeated(op, target)]
            base = target.replace("nginx-", "")
            # Without an include, a meeting's REST detail links its commitments and has none of their deadlines.
            links_only = op == 2 and base.startswith("rest") and not os.environ.get("REST_OP2_QUERY")
            for i, request in enumerate(requests[::max(1, len(requests) // 10)]):
                data, raw = answer(target, request)
                records, nested = content(op, base, data)
                if records == 0 or nested == 0 and not links_only:
                    die("%s, operation %d, %s: an empty answer (%d records, %d nested): %r"
                        % (target, op, request[1], records, nested, raw[:300]))
                if target.startswith("nginx-"):
                    _, service = fetch(base, repeated(op, base))
                    if raw != service:
                        die("%s, operation %d: nginx's bytes differ from the service's" % (target, op))
                if i == 0:
                    print("  op%d %-13s %6d bytes, %2d records, %3d nested: %s" % (
                        op, target, len(raw), records, nested, raw[:160].decode(errors="replace")))


def cmd_save_answers():
    """The service's answer to each repeated request, saved as the files nginx serves."""
    for target in ("graphql", "rest"):
        os.makedirs(os.path.join(OUT, "nginx", "root", target), exist_ok=True)
        for op in OPS:
            _, raw = answer(target, repeated(op, target))
            with open(os.path.join(OUT, "nginx", "root", target, "op%d" % op), "wb") as f:
                f.write(raw)


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0, "h": 3600000.0}


def parse_wrk(path):
    with open(path) as f:
        text = f.read()

    def latency(pct):
        m = re.search(r"^\s+%s%%\s+([\d.]+)(us|ms|s|m|h)\s*$" % pct, text, re.M)
        return float(m.group(1)) * UNITS[m.group(2)] if m else float("nan")

    rps = re.search(r"^Requests/sec:\s+([\d.]+)", text, re.M)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    return {"rps": float(rps.group(1)) if rps else 0.0, "p50": latency(50), "p99": latency(99),
            "bad": (int(non2xx.group(1)) if non2xx else 0) + (sum(map(int, socket.groups())) if socket else 0)}


def fmt_ms(ms):
    return "%.2fms" % ms if ms < 100 else "%.0fms" % ms


def cmd_report(mode):
    """Per operation and target, the median over rounds of rps, p50 and p99 from the raw wrk outputs, with ratios."""
    runs = {}
    for name in sorted(os.listdir(OUT)):
        m = re.match(r"%s-r(\d+)-op(\d)-([a-z-]+)\.txt$" % mode, name)
        if m:
            runs.setdefault((int(m.group(2)), m.group(3)), []).append(parse_wrk(os.path.join(OUT, name)))
    if not runs:
        die("no wrk outputs for %s in %s" % (mode, OUT))
    rounds = max(len(v) for v in runs.values())
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    print("wrk -t2 -c16 -d%s --latency, %d interleaved round(s); load average now %s (2 cores, shared)"
          % (os.environ.get("DURATION", "?"), rounds, load))
    med = {k: {f: statistics.median(r[f] for r in v) for f in ("rps", "p50", "p99")} | {"bad": sum(r["bad"] for r in v)}
           for k, v in runs.items()}
    if mode == "varied":
        print("Varied requests, uncached (Cache-Control: no-cache on this service); medians of %d round(s)" % rounds)
        header = "%-4s %-13s %10s %10s %10s %8s %9s %8s %8s" % (
            "op", "target", "rps", "p50", "p99", "non-2xx", "rps/PGL", "p99<=PGL", "goal")
    else:
        print("The same request repeated (this service from its answer caches); medians of %d round(s)" % rounds)
        header = "%-4s %-13s %10s %10s %10s %8s %9s %9s %8s" % (
            "op", "target", "rps", "p50", "p99", "non-2xx", "rps/nginx", "p99<10ms", "goal")
    print(header)
    print("-" * len(header))
    for op in OPS:
        print("(%d) %s" % (op, OPS[op]))
        for target in (VARIED_TARGETS if mode == "varied" else REPEATED_TARGETS):
            r = med.get((op, target))
            if r is None:
                continue
            row = "%-4s %-13s %10.1f %10s %10s %8d" % ("", target, r["rps"], fmt_ms(r["p50"]), fmt_ms(r["p99"]), r["bad"])
            if mode == "varied" and target != "postgraphile" and (op, "postgraphile") in med:
                peer = med[(op, "postgraphile")]
                ratio = r["rps"] / peer["rps"] if peer["rps"] else float("inf")
                p99_ok = r["p99"] <= peer["p99"]
                row += " %8.2f× %8s %8s" % (ratio, "yes" if p99_ok else "no",
                                            "met" if ratio >= 3 and p99_ok else "missed")
            if mode == "repeated" and target in ("graphql", "rest") and (op, "nginx-" + target) in med:
                peer = med[(op, "nginx-" + target)]
                ratio = r["rps"] / peer["rps"] if peer["rps"] else float("inf")
                p99_ok = r["p99"] < 10
                row += " %8.0f%% %9s %8s" % (100 * ratio, "yes" if p99_ok else "no",
                                             "met" if ratio >= 0.3 and p99_ok else "missed")
            print(row)
    if not os.environ.get("REST_OP2_QUERY"):
        print("note: REST operation 2 was asked without an include: its answer links the commitments and has none\n"
              "      of their deadlines (a client needs 1 + N requests).")
    if any(r["bad"] for r in med.values()):
        print("WARNING: some runs had non-2xx responses or socket errors (column non-2xx); see the raw outputs.")
    if mode == "varied":
        print("goal: issue 9 asks this service for >= 3x PostGraphile's rps with a p99 no higher than PostGraphile's.")
    else:
        print("goal: issue 9 asks for >= 30 % of nginx serving the same bytes, with a p99 under 10 ms.")


def main(argv):
    if len(argv) < 2:
        die(__doc__)
    commands = {"windows": cmd_windows, "cursors": cmd_cursors, "lua": cmd_lua, "check": cmd_check,
                "save-answers": cmd_save_answers, "report": cmd_report}
    if argv[1] not in commands:
        die("unknown command %s\n%s" % (argv[1], __doc__))
    commands[argv[1]](*argv[2:])


if __name__ == "__main__":
    main(sys.argv)
