#!/usr/bin/env python3
"""Lines per operation in the API-group packages of openai-client (issue 13, "Less code per field").

What it counts:
- files: every ``*.java`` under ``openai-client/src/main/java/dev/integrations/openai/<group>/`` for the API-group
  packages listed in GROUPS (the infrastructure packages client, auth, errors, transport, resilience, common,
  internal and azure are not counted; ``package-info.java`` files are);
- total lines: every line of those files;
- code lines: lines that are neither blank nor comment (a line inside ``/* ... */`` or ``/** ... */``, or starting
  with ``//``); a line holding code and a trailing comment is code;
- operations: the rows of the spec guard's table (``ImplementedOperations``, test sources): each call
  ``json(|get(|list(|stream(|add("operationId"`` or ``new Entry("operationId"`` counts once;
- lines per operation = lines / operations, for the whole and per group (``--groups``);
- ``--except chat,responses`` leaves those groups out: their files, and the table rows under their ``// Chat`` and
  ``// Responses`` section comments.
Run from anywhere: ``python3 docs/lines-per-operation.py [--groups] [--except g1,g2]``.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "openai-client"
MAIN = ROOT / "src/main/java/dev/integrations/openai"
TABLE = ROOT / "src/test/java/dev/integrations/openai/spec/ImplementedOperations.java"
GROUPS = ["assistants", "audio", "batches", "chat", "chatkit", "completions", "containers", "conversations",
          "embeddings", "evals", "files", "finetuning", "images", "models", "moderations", "realtime", "responses",
          "skills", "uploads", "vectorstores", "videos", "webhooks"]


def count(path):
    total = code = 0
    in_comment = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        total += 1
        line = raw.strip()
        if in_comment:
            if "*/" in line:
                in_comment = False
                rest = line.split("*/", 1)[1].strip()
                if rest and not rest.startswith("//"):
                    code += 1
            continue
        if not line or line.startswith("//"):
            continue
        if line.startswith("/*"):
            if "*/" not in line:
                in_comment = True
            elif line.split("*/", 1)[1].strip():
                code += 1
            continue
        code += 1
    return total, code


def operations(excluded):
    ops = 0
    section = ""
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        comment = re.match(r"\s*// ([A-Z]\w*)", line)
        if comment:
            section = comment.group(1).lower()
        if section not in excluded:
            ops += len(re.findall(r'(?:\b(?:json|get|list|stream|add)\(|new Entry\()\s*"[^"]+"', line))
    return ops


def main():
    excluded = []
    if "--except" in sys.argv:
        excluded = sys.argv[sys.argv.index("--except") + 1].split(",")
    ops = operations(excluded)
    rows = []
    all_total = all_code = 0
    for group in [g for g in GROUPS if g not in excluded]:
        total = code = 0
        for f in sorted((MAIN / group).rglob("*.java")):
            t, c = count(f)
            total += t
            code += c
        rows.append((group, total, code))
        all_total += total
        all_code += code
    if "--groups" in sys.argv:
        for group, total, code in rows:
            print(f"{group:14s} {total:6d} lines {code:6d} code")
    print(f"operations {ops}  lines {all_total}  code {all_code}  "
          f"lines/op {all_total / ops:.1f}  code/op {all_code / ops:.1f}")


if __name__ == "__main__":
    main()
