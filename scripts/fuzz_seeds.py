#!/usr/bin/env python3
"""Writes the seed corpora of the libFuzzer targets.

yaml: the sample submissions, every file of the bundled rule pack (rule files, schema,
      rule tests and their fixtures), and a sample in each layout of scripts/layouts.py.
cel:  every expression of the bundled pack's rules: `when`, `require`, `at`, each `let` value
      and each `{...}` part of a message.

The pack is read from Sources/DQTVCommands/BundledPack.generated.swift, so that the seeds match
the pack built into the binary.

usage: fuzz_seeds.py TARGET OUTPUT_DIR
"""
import hashlib
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "Sources/DQTVCommands/BundledPack.generated.swift"


def bundled_files():
    text = BUNDLE.read_text(encoding="utf-8")
    for m in re.finditer(r'^    "([^"]+)": #"""\n(.*?)\n"""#,?$', text, re.S | re.M):
        yield m.group(1), m.group(2) + "\n"


def message_parts(template):
    depth, start = 0, None
    for i, c in enumerate(template):
        if c == "{":
            if depth == 0:
                start = i + 1
            depth += 1
        elif c == "}" and depth > 0:
            depth -= 1
            if depth == 0:
                yield template[start:i]


def expressions(document):
    if not isinstance(document, dict):
        return
    for rule in document.get("rules") or []:
        if not isinstance(rule, dict):
            continue
        for key in ("when", "require", "at"):
            if isinstance(rule.get(key), str):
                yield rule[key]
        lets = rule.get("let")
        if isinstance(lets, dict):
            yield from (v for v in lets.values() if isinstance(v, str))
        message = rule.get("message")
        if isinstance(message, dict):
            for template in message.values():
                if isinstance(template, str):
                    yield from message_parts(template)


def layout_seeds():
    """A small sample submission in each layout of scripts/layouts.py (its lists cut short,
    so that each fits libFuzzer's length limit)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import layouts

    data = yaml.load((ROOT / "samples" / "commune-mistakes.yaml").read_bytes(), Loader=yaml.SafeLoader)

    def cut(value):
        if isinstance(value, dict):
            return {k: cut(v) for k, v in value.items()}
        if isinstance(value, list):
            return [cut(v) for v in value[:3]]
        return value

    small = cut(data)
    for name in layouts.LAYOUTS[1:]:
        try:
            yield layouts.render(name, small)
        except ImportError:  # ruamel.yaml missing: that layout only
            continue


def write(out, data):
    name = hashlib.sha1(data).hexdigest()
    (out / name).write_bytes(data)


def main():
    target, out = sys.argv[1], pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    files = dict(bundled_files())
    if target == "yaml":
        for path in sorted((ROOT / "samples").glob("*.yaml")):
            write(out, path.read_bytes())
        for text in files.values():
            write(out, text.encode("utf-8"))
        for text in layout_seeds():
            write(out, text.encode("utf-8"))
    elif target == "cel":
        for path, text in sorted(files.items()):
            if path.startswith("tests/"):
                continue
            for expr in expressions(yaml.safe_load(text)):
                write(out, expr.strip().encode("utf-8"))
    else:
        sys.exit(f"unknown target {target}: yaml or cel")


if __name__ == "__main__":
    main()
