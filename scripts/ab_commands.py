#!/usr/bin/env python3
"""Whole-process A/B of any commands: several builds of aidants, each command run once per
round for each build, rounds interleaved and shuffled (the load hits every build alike);
prints the medians of wall time, CPU time (user + system) and peak memory, each as a ratio
to the first build. For the commands scripts/bench_ab.py does not run (a commune, annuaire):

    scripts/ab_commands.py ROUNDS OLD,NEW[,...] NAME='ARGS [< STDIN]' ...
    scripts/ab_commands.py 15 /tmp/aidants-main,./aidants \
        'evaluer-commune=evaluer --profil commune.json --date 2026-06-01' \
        'annuaire=annuaire Villeurbanne' 'lot=lot --date 2026-06-01 < situations.jsonl'
"""
import os, random, statistics, sys, time
def run(argv, stdin=None):
    devnull = os.open(os.devnull, os.O_WRONLY)
    fin = os.open(stdin, os.O_RDONLY) if stdin else os.open(os.devnull, os.O_RDONLY)
    acts = [(os.POSIX_SPAWN_DUP2, fin, 0), (os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]
    t0 = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=acts)
    _, status, ru = os.wait4(pid, 0)
    t = time.perf_counter() - t0
    os.close(devnull); os.close(fin)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{argv}: exit {os.waitstatus_to_exitcode(status)}")
    return t, ru.ru_maxrss, ru.ru_utime + ru.ru_stime
rounds = int(sys.argv[1]); bins = sys.argv[2].split(','); cmds = {}
for spec in sys.argv[3:]:
    name, rest = spec.split('=', 1)
    stdin = None
    if '<' in rest:
        rest, stdin = rest.split('<'); stdin = stdin.strip()
    cmds[name] = (rest.split(), stdin)
res = {(b, c): [] for b in bins for c in cmds}
for r in range(rounds):
    jobs = list(res)
    random.shuffle(jobs)
    for b, c in jobs:
        args, stdin = cmds[c]
        res[(b, c)].append(run([b] + args, stdin))
print(f"load {os.getloadavg()}")
for c in cmds:
    base = None
    for b in bins:
        xs = res[(b, c)]
        w = statistics.median(x[0] for x in xs) * 1000; m = statistics.median(x[1] for x in xs) / 1024; cpu = statistics.median(x[2] for x in xs) * 1000
        if base is None: base = (w, m, cpu)
        print(f"{c:28s} {os.path.basename(b):16s} wall {w:8.2f} ms ({w/base[0]:.2f})  cpu {cpu:8.2f} ms ({cpu/base[2]:.2f})  maxrss {m:6.1f} MiB ({m/base[1]:.2f})")
