#!/usr/bin/env python3
"""Key-to-frame latency of the interactive guide, and full-screen clears, in an 80x24 pty.

    scripts/tui-keys.py [BINARY] [RUNS]      (default ./aidants, 10 runs)

Each run starts the binary in a fresh 80x24 pseudo-terminal (NO_COLOR=1, a fixed date, no
user directory), waits for the first question, then answers the first questions: for each
answer it types the keys, waits until the screen is quiet, presses Enter and times Enter ->
first byte of the new frame (answer stored, plan recomputed, next question drawn), then
waits until the screen is quiet again (at least 1.2 s, longer than a cursor blink).
Reported: the median (and quartiles) of every Enter, the typing latency, the CPU time the
process spent on each Enter (all its threads, from /proc/PID/task/*/schedstat, from the key
to the end of the frame: far less sensitive to a loaded machine than the latency), and the
number of full-screen clears (ESC [2J) written after start-up. Then the window is resized once
(100x30, SIGWINCH): a clear is allowed there, and only there.
Exit status 1 if a clear was written after start-up without a resize.
"""
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time

FIRST = ["Quel âge".encode(), "une femme ou un homme".encode()]
CLEAR = b"\x1b[2J"
# answers to the first questions, in order; each is typed then Enter. A digit picks a
# choice; "82" answers an age. The guides of other versions ask in another order: an
# answer that does not fit is refused with a message, which is also a frame.
ANSWERS = ["1", "2", "82", "23", "1", "1", "2", "1"]
QUIET = 0.35


def read_until_quiet(fd, quiet, at_least=0.0):
    out, start = b"", time.perf_counter()
    while True:
        r, _, _ = select.select([fd], [], [], quiet)
        if not r:
            if time.perf_counter() - start >= at_least:
                return out
            continue
        try:
            out += os.read(fd, 65536)
        except OSError:
            return out


def cpu_ns(pid):
    """CPU time of every thread of pid so far, in nanoseconds (Linux schedstat)."""
    total = 0
    try:
        for t in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{t}/schedstat") as f:
                    total += int(f.read().split()[0])
            except (OSError, ValueError, IndexError):
                pass
    except OSError:
        return None
    return total


def first_byte(fd, timeout=5):
    r, _, _ = select.select([fd], [], [], timeout)
    t = time.perf_counter()
    if not r:
        return None, b""
    return t, os.read(fd, 65536)


def once(binary):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(NO_COLOR="1", TERM="xterm-256color", AIDANTS_CONFIG="/nonexistent/aidants")
        os.execv(binary, [binary, "--date", "2026-06-01"])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen, deadline = b"", time.time() + 10
    while not any(m in seen for m in FIRST) and time.time() < deadline:
        r, _, _ = select.select([fd], [], [], 1)
        if r:
            seen += os.read(fd, 65536)
    if not any(m in seen for m in FIRST):
        sys.exit("the first question never appeared")
    read_until_quiet(fd, QUIET, at_least=1.2)  # start-up, first blink
    enters, typing, cpus, after = [], [], [], b""
    for a in ANSWERS:
        t0 = time.perf_counter()
        os.write(fd, a.encode())
        t, b = first_byte(fd)
        if t is not None:
            typing.append((t - t0) * 1000)
        after += b + read_until_quiet(fd, QUIET)
        c0 = cpu_ns(pid)
        t0 = time.perf_counter()
        os.write(fd, b"\r")
        t, b = first_byte(fd)
        if t is None:
            break
        enters.append((t - t0) * 1000)
        b += read_until_quiet(fd, QUIET)  # the frame
        c1 = cpu_ns(pid)
        if c0 is not None and c1 is not None:
            cpus.append((c1 - c0) / 1e6)
        after += b + read_until_quiet(fd, QUIET, at_least=1.2)
    clears = after.count(CLEAR)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    os.kill(pid, signal.SIGWINCH)
    resized = read_until_quiet(fd, QUIET, at_least=1.2)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(fd)
    return enters, typing, cpus, clears, resized.count(CLEAR)


def q(xs):
    xs = sorted(xs)
    return f"median {statistics.median(xs):.1f} ms (quartiles {xs[len(xs) // 4]:.1f}–{xs[3 * len(xs) // 4]:.1f}, {len(xs)} keys)"


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "./aidants")
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    if not os.access(binary, os.X_OK):
        sys.exit(f"{binary}: not found (make build first)")
    enters, typing, cpus, clears, resize_clears = [], [], [], 0, 0
    for _ in range(runs):
        e, t, u, c, r = once(binary)
        enters += e
        typing += t
        cpus += u
        clears += c
        resize_clears += r
    load = os.getloadavg()
    print(f"{binary}: {runs} runs, 80x24, load average {load[0]:.1f}")
    print(f"Enter -> first byte of the next frame: {q(enters)}")
    print(f"typing a key -> first byte: {q(typing)}")
    if cpus:
        print(f"CPU time of the process for an Enter (key to end of frame, all threads): {q(cpus)}")
    print(f"full-screen clears after start-up: {clears} (without resize); after a resize: {resize_clears} in {runs} resizes")
    sys.exit(1 if clears else 0)


if __name__ == "__main__":
    main()
