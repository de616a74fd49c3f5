#!/usr/bin/env python3
"""Time from exec to the first question on screen, for the interactive guide.

    scripts/tui-first-frame.py [BINARY] [RUNS]      (default ./aidants, 20 runs)

Each run starts the binary in a fresh 80x24 pseudo-terminal (NO_COLOR=1, a fixed date,
no user directory), reads its output until the first question appears,
then sends ctrl+c (nothing answered: the guide quits at once). Prints the median, the
minimum and the maximum in milliseconds. The goal of issue 5 is under 50 ms.
"""
import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import time

# the first question: the age in the guides before issue 16, the person's sex since
MARKS = ["Quel âge".encode(), "une femme ou un homme".encode()]


def once(binary):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(NO_COLOR="1", TERM="xterm-256color", AIDANTS_CONFIG="/nonexistent/aidants")
        os.execv(binary, [binary, "--date", "2026-06-01"])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen = b""
    elapsed = None
    while True:
        ready, _, _ = select.select([fd], [], [], 5)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        seen += chunk
        if any(m in seen for m in MARKS):
            elapsed = (time.perf_counter() - start) * 1000
            break
    os.write(fd, b"\x03")
    time.sleep(0.05)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    if elapsed is None:
        sys.exit("the first question never appeared")
    return elapsed


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "./aidants")
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    if not os.access(binary, os.X_OK):
        sys.exit(f"{binary}: not found (make build first)")
    times = sorted(once(binary) for _ in range(runs))
    print(f"first frame of the interactive guide: median {times[len(times) // 2]:.1f} ms "
          f"(min {times[0]:.1f}, max {times[-1]:.1f}, {runs} runs)")


if __name__ == "__main__":
    main()
