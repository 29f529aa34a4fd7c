#!/usr/bin/env python3
"""Insert stdin's lines right after the line containing MARKER in FILE, under a file lock,
so that several people editing the shared tables (i18n, state) at once do not clobber each other.

Usage: python3 tools/insert_at_marker.py FILE 'MARKER TEXT' < lines.txt
"""
import fcntl, sys

path, marker = sys.argv[1], sys.argv[2]
text = sys.stdin.read()
if text and not text.endswith("\n"):
    text += "\n"
with open("/tmp/focal-loss-lab-tables.lock", "w") as lock:
    fcntl.flock(lock, fcntl.LOCK_EX)
    lines = open(path, encoding="utf-8").read().split("\n")
    hits = [i for i, l in enumerate(lines) if marker in l]
    if len(hits) != 1:
        sys.exit(f"marker {marker!r} found {len(hits)} times in {path}")
    # Insert before the next marker, i.e. after the lines already inserted below this one.
    i = hits[0] + 1
    while i < len(lines) and "@section" not in lines[i] and "@params" not in lines[i]:
        i += 1
    if i == len(lines):
        sys.exit("no closing marker (a later @section/@params line) after " + marker)
    lines[i:i] = text.rstrip("\n").split("\n")
    open(path, "w", encoding="utf-8").write("\n".join(lines))
print(f"inserted {len(text.splitlines())} lines into {path}")
