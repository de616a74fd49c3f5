#!/usr/bin/env python3
"""Whole-process measurements as ratios, in one run: two builds of aidants (OLD, NEW) side
by side, a hello-world Go binary built the same way (the floor), and glow on the same
Markdown for `fiche`. Runs are interleaved (each round runs every command once, in a
shuffled order) so that the machine's load hits both sides alike; the figures are medians.

    scripts/bench_ab.py --old OLD --new NEW [--glow GLOW] [--rounds 40] [--lot 100000]
                        [--lot-rounds 5] [--complet] [--lot-only]

OLD and NEW must be built alike (scripts/bench-build.sh REV DIR builds a revision as
`make build` does). glow is not a project dependency: build it into /tmp (see
BENCHMARKS.md); without --glow the fiche row has no peer. Prints a Markdown table.
--lot-only runs only the `lot` rounds (and --complet): the quick check while working on it.
"""
import argparse
import fcntl
import os
import pty
import random
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

SITUATION = ('{"person":{"age":84,"residence":"home","gir":2,"receives_apa":true,'
             '"monthly_resources":1400,"couple":false,"department":"23","apa_plan_amount":1200},'
             '"caregiver":{"relationship":"child","employment":"employee"},'
             '"needs":["respite","household_help"]}')
DATE = "2026-06-01"
FICHE = "apa-domicile"


def run(argv, stdin=None, env=None):
    """Runs argv to completion with stdout to /dev/null; returns (wall seconds, peak RSS KiB,
    CPU seconds). CPU time (user + system) is far less sensitive to a loaded machine."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    fin = os.open(stdin, os.O_RDONLY) if stdin else os.open(os.devnull, os.O_RDONLY)
    acts = [(os.POSIX_SPAWN_DUP2, fin, 0), (os.POSIX_SPAWN_DUP2, devnull, 1),
            (os.POSIX_SPAWN_DUP2, devnull, 2)]
    t0 = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, env or os.environ, file_actions=acts)
    _, status, ru = os.wait4(pid, 0)
    t = time.perf_counter() - t0
    os.close(devnull)
    os.close(fin)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(argv)}: exit {os.waitstatus_to_exitcode(status)}")
    return t, ru.ru_maxrss, ru.ru_utime + ru.ru_stime


def first_frame(binary, env):
    """exec to the first question on screen, in an 80x24 pty (as scripts/tui-first-frame.py)."""
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(binary, [binary, "--date", DATE], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen, t = b"", None
    while t is None:
        r, _, _ = select.select([fd], [], [], 5)
        if not r:
            break
        try:
            seen += os.read(fd, 65536)
        except OSError:
            break
        if "Quel âge".encode() in seen or "une femme ou un homme".encode() in seen:
            t = time.perf_counter() - t0
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(fd)
    if t is None:
        sys.exit(f"{binary}: the first question never appeared")
    return t


def build_hello(tmp):
    src = os.path.join(tmp, "hello")
    os.makedirs(src)
    with open(os.path.join(src, "go.mod"), "w") as f:
        f.write("module hello\n\ngo 1.26\n")
    with open(os.path.join(src, "main.go"), "w") as f:
        f.write('package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("bonjour") }\n')
    out = os.path.join(tmp, "hello-bin")
    subprocess.run(["go", "build", "-trimpath", "-ldflags", "-s -w", "-o", out, "."], cwd=src, check=True,
                   env=dict(os.environ, CGO_ENABLED="0"))
    return out


def med(xs):
    return statistics.median(xs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--old", required=True)
    ap.add_argument("--new", required=True)
    ap.add_argument("--glow")
    ap.add_argument("--rounds", type=int, default=40)
    ap.add_argument("--tui-rounds", type=int, default=20)
    ap.add_argument("--lot", type=int, default=100000)
    ap.add_argument("--lot-rounds", type=int, default=5)
    ap.add_argument("--complet", action="store_true", help="also lot --complet peak memory at 1 000 and 30 000 lines (median of 5 runs)")
    ap.add_argument("--lot-only", action="store_true", help="only the lot rounds (and --complet)")
    a = ap.parse_args()
    if a.lot_only:
        a.rounds, a.tui_rounds, a.glow = 0, 0, None
    old, new = os.path.abspath(a.old), os.path.abspath(a.new)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    tmp = tempfile.mkdtemp(prefix="bench-ab-")
    env = dict(os.environ, NO_COLOR="1", TERM="xterm-256color", AIDANTS_CONFIG=os.path.join(tmp, "config"),
               HOME=tmp)
    cmds = {}
    if not a.lot_only:
        hello = build_hello(tmp)
        sit = os.path.join(tmp, "s.json")
        with open(sit, "w") as f:
            f.write(SITUATION)
        md = os.path.join(tmp, FICHE + ".md")
        with open(md, "w") as f:
            subprocess.run(["go", "run", "./scripts/fichemd", FICHE, DATE], cwd=root, stdout=f, check=True)
        cmds["hello"] = [hello]
    for side, b in (("old", old), ("new", new)) if not a.lot_only else ():
        cmds[side + " version"] = [b, "version"]
        cmds[side + " evaluer"] = [b, "evaluer", "--profil", sit, "--date", DATE]
        cmds[side + " fiche"] = [b, "fiche", FICHE, "--largeur", "80", "--date", DATE]
    if a.glow:
        cmds["glow"] = [os.path.abspath(a.glow), "-s", "notty", "-w", "80", md]
    times = {k: [] for k in cmds}
    cpu = {k: [] for k in cmds}
    rss = {k: [] for k in cmds}
    for k, argv in cmds.items():  # warm the page cache
        run(argv, env=env)
    for _ in range(a.rounds):
        keys = list(cmds)
        random.shuffle(keys)
        for k in keys:
            t, m, c = run(cmds[k], env=env)
            times[k].append(t)
            rss[k].append(m)
            cpu[k].append(c)

    ff = {"old": [], "new": []}
    for _ in range(a.tui_rounds):
        for side in random.sample(["old", "new"], 2):
            ff[side].append(first_frame(old if side == "old" else new, env))

    lot = {"old": [], "new": []}
    lotcpu = {"old": [], "new": []}
    lotrss = {"old": [], "new": []}
    if a.lot:
        inp = os.path.join(tmp, "lot.jsonl")
        with open(inp, "w") as f:
            subprocess.run([sys.executable, os.path.join(root, "scripts", "gen_situations.py"), str(a.lot)],
                           stdout=f, check=True)
        for _ in range(a.lot_rounds):
            for side in random.sample(["old", "new"], 2):
                t, m, c = run([old if side == "old" else new, "lot", "--date", DATE], stdin=inp, env=env)
                lot[side].append(t)
                lotcpu[side].append(c)
                lotrss[side].append(m)

    complet = {}
    if a.complet:
        for n in (1000, 30000):
            inp = os.path.join(tmp, f"c{n}.jsonl")
            with open(inp, "w") as f:
                subprocess.run([sys.executable, os.path.join(root, "scripts", "gen_situations.py"), str(n)],
                               stdout=f, check=True)
            for side, b in (("old", old), ("new", new)):
                if side == "old" and n > 1000:
                    continue  # the old build's memory grows with the input: 30 000 lines take minutes
                # peak memory varies by a few MiB from run to run: the median of 5
                rs = [run([b, "lot", "--complet", "--date", DATE], stdin=inp, env=env) for _ in range(5)]
                complet[(side, n)] = (med([r[0] for r in rs]), med([r[1] for r in rs]), med([r[2] for r in rs]))

    ms = lambda k: med(times[k]) * 1000
    load = os.getloadavg()
    print(f"Run of {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, "
          f"load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}; {a.rounds} interleaved rounds "
          f"(TUI {a.tui_rounds}, lot {a.lot_rounds}); medians.")
    print()
    print("| measure | old | new | new / old | old / floor | new / floor | peer |")
    print("|---|---|---|---|---|---|---|")
    if a.lot_only:
        print_lot(a, lot, lotcpu, lotrss, complet)
        return
    floor = ms("hello")
    print(f"| hello-world Go (floor) | {floor:.2f} ms | | | | | |")
    for what in ("version", "evaluer", "fiche"):
        o, n = ms("old " + what), ms("new " + what)
        paired = med([x / y for x, y in zip(times["new " + what], times["old " + what])])
        peer = ""
        if what == "fiche" and a.glow:
            g = ms("glow")
            peer = f"glow {g:.2f} ms: new / glow **{n / g:.2f}**, old / glow {o / g:.2f}"
        print(f"| `{what}` | {o:.2f} ms | {n:.2f} ms | **{n / o:.2f}** (paired {paired:.2f}) | "
              f"{o / floor:.1f}× | **{n / floor:.1f}×** | {peer} |")
    cfloor = med(cpu["hello"]) * 1000
    print(f"| CPU time (user + system): hello-world floor | {cfloor:.2f} ms | | | | | |")
    for what in ("version", "evaluer", "fiche"):
        o, n = med(cpu["old " + what]) * 1000, med(cpu["new " + what]) * 1000
        peer = ""
        if what == "fiche" and a.glow:
            g = med(cpu["glow"]) * 1000
            peer = f"glow {g:.2f} ms: new / glow **{n / g:.2f}**, old / glow {o / g:.2f}"
        print(f"| `{what}`, CPU time | {o:.2f} ms | {n:.2f} ms | **{n / o:.2f}** | {o / cfloor:.1f}× | "
              f"**{n / cfloor:.1f}×** | {peer} |")
    fo, fn = med(ff["old"]) * 1000, med(ff["new"]) * 1000
    print(f"| first TUI frame (80×24 pty) | {fo:.1f} ms | {fn:.1f} ms | **{fn / fo:.2f}** | | | |")
    if a.lot:
        print_lot(a, lot, lotcpu, lotrss, {})
    ro, rn = med(rss["old evaluer"]), med(rss["new evaluer"])
    print(f"| peak memory, `evaluer` | {ro / 1024:.1f} MiB | {rn / 1024:.1f} MiB | **{rn / ro:.2f}** | | | |")
    so, sn = os.path.getsize(old), os.path.getsize(new)
    print(f"| binary size | {so / 1e6:.2f} MB | {sn / 1e6:.2f} MB | **{sn / so:.2f}** | | | |")
    print_lot(a, {}, {}, {}, complet)


def print_lot(a, lot, lotcpu, lotrss, complet):
    """The rows of `lot`: wall and CPU time, peak memory, and `lot --complet` peak memory."""
    if lot and lot["old"]:
        lo, ln = med(lot["old"]), med(lot["new"])
        paired = med([n / o for n, o in zip(lot["new"], lot["old"])])
        print(f"| `lot` {a.lot} situations | {lo:.2f} s = {a.lot / lo:,.0f}/s | {ln:.2f} s = {a.lot / ln:,.0f}/s | "
              f"**{ln / lo:.2f}** (paired {paired:.2f}) | | | |")
        co, cn = med(lotcpu["old"]), med(lotcpu["new"])
        print(f"| `lot` {a.lot} situations, CPU time | {co:.2f} s | {cn:.2f} s | **{cn / co:.2f}** | | | |")
        print(f"| peak memory, `lot` | {med(lotrss['old']) / 1024:.1f} MiB | {med(lotrss['new']) / 1024:.1f} MiB | "
              f"{med(lotrss['new']) / med(lotrss['old']):.2f} | | | |")
    for side in ("old", "new"):
        if (side, 1000) in complet:
            c1 = complet[(side, 1000)][1]
            line = f"| peak memory, `lot --complet` ({side}) | 1 000 lines: {c1 / 1024:.1f} MiB"
            if (side, 30000) in complet:
                c30 = complet[(side, 30000)][1]
                line += f" | 30 000 lines: {c30 / 1024:.1f} MiB | 30 000 / 1 000: **{c30 / c1:.2f}**"
            print(line + " | | | |")


if __name__ == "__main__":
    main()
