#!/usr/bin/env python3
"""Write the same generated submission in each layout people and programs write.

Real submissions come from Excel macros, Python scripts, other tools and hand
editing, not only from scripts/gen_submission.py. This script generates one
province with gen_submission.py, reads it (PyYAML's C loader, so dates,
integers and booleans keep their types) and writes the same data as:

    1-ours.yaml          gen_submission.py's own layout, unchanged
    2-flow.yaml          small collections as one-line flow collections, flow
                         mappings nested in flow mappings and flow sequences
                         (`- {code: T01, leader: {id: M001, name: ...}}`)
    3-pyyaml.yaml        PyYAML safe_dump with its defaults: block style,
                         sorted keys, non-ASCII as `\\u` escapes in double quotes
    4-pyyaml-flow.yaml   PyYAML safe_dump(allow_unicode=True,
                         default_flow_style=None): collections of scalars in
                         flow style, wrapped at 80 columns
    5-ruamel.yaml        ruamel.yaml's round-trip dump with indented sequences
                         (indent(mapping=2, sequence=4, offset=2))
    6-libyaml.yaml       libyaml's own emitter (PyYAML's CSafeDumper), defaults
    7-json-indented.json JSON, indented by 2 (dates as strings)
    7-json-line.json     JSON on one line

Every layout holds the same data, so `dqtv check` must report the same
findings (at other places) for each.

Usage:
    layouts.py OUT-DIR [--only NAME[,NAME...]] [gen_submission.py options]

    e.g. layouts.py /tmp/layouts --communes 170
         layouts.py /tmp/small --communes 2 --villages-max 3 --militia-max 60

Needs PyYAML with its libyaml bindings and ruamel.yaml
(`python3 -m pip install pyyaml ruamel.yaml`).
"""

import datetime as dt
import io
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

LAYOUTS = [
    "1-ours.yaml",
    "2-flow.yaml",
    "3-pyyaml.yaml",
    "4-pyyaml-flow.yaml",
    "5-ruamel.yaml",
    "6-libyaml.yaml",
    "7-json-indented.json",
    "7-json-line.json",
]

# ---------------------------------------------------------------------------
# Layout 2: a small emitter of our own, block style outside, one-line flow
# collections inside.

# A string is written plain only when nothing could read it as another type or
# as syntax; otherwise it is double-quoted (JSON's escapes are YAML's too).
PLAIN = re.compile(r"[A-Za-z_\u00C0-\u1EF9][^,\[\]{}#:\"'\\\n]*")
SPECIAL = {"true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"}

FLOW_MAX_CHARS = 2000


def scalar(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    s = str(value)
    if PLAIN.fullmatch(s) and s == s.strip() and s.lower() not in SPECIAL:
        return s
    return json.dumps(s, ensure_ascii=False)


def height(value):
    if isinstance(value, dict):
        return 1 + max((height(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((height(v) for v in value), default=0)
    return 0


def flow(value):
    if isinstance(value, dict):
        return "{" + ", ".join(f"{scalar(k)}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    return scalar(value)


def as_flow(value):
    """The one-line flow form of a collection, when it is small enough to be one."""
    if not isinstance(value, (dict, list)) or height(value) > 3:
        return None
    text = flow(value)
    return text if len(text) <= FLOW_MAX_CHARS else None


def block(value, indent, out):
    pad = " " * indent
    if isinstance(value, dict):
        for k, v in value.items():
            inline = as_flow(v) if isinstance(v, (dict, list)) else scalar(v)
            if inline is not None:
                out.write(f"{pad}{scalar(k)}: {inline}\n")
            else:
                out.write(f"{pad}{scalar(k)}:\n")
                block(v, indent + 2, out)
    else:
        for v in value:
            inline = as_flow(v) if isinstance(v, (dict, list)) else scalar(v)
            if inline is not None:
                out.write(f"{pad}- {inline}\n")
            elif isinstance(v, dict):
                # `- key: value` with the other keys under the first.
                inner = io.StringIO()
                block(v, indent + 2, inner)
                out.write(f"{pad}- {inner.getvalue()[indent + 2:]}")
            else:
                out.write(f"{pad}-\n")
                block(v, indent + 2, out)


def flow_layout(data):
    out = io.StringIO()
    out.write("# One-line flow collections, nested\n")
    block(data, 0, out)
    return out.getvalue()


# ---------------------------------------------------------------------------


def to_json(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON: {value!r}")


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def render(name, data):
    """The text of `data` in the layout `name` (one of LAYOUTS but the first)."""
    import yaml

    if name == "2-flow.yaml":
        return flow_layout(data)
    if name == "3-pyyaml.yaml":
        return yaml.safe_dump(data)
    if name == "4-pyyaml-flow.yaml":
        return yaml.safe_dump(data, allow_unicode=True, default_flow_style=None)
    if name == "5-ruamel.yaml":
        from ruamel.yaml import YAML

        writer = YAML()  # round-trip
        writer.indent(mapping=2, sequence=4, offset=2)
        out = io.StringIO()
        writer.dump(data, out)
        return out.getvalue()
    if name == "6-libyaml.yaml":
        return yaml.dump(data, Dumper=yaml.CSafeDumper)
    if name == "7-json-indented.json":
        return json.dumps(data, ensure_ascii=False, indent=2, default=to_json) + "\n"
    if name == "7-json-line.json":
        return json.dumps(data, ensure_ascii=False, default=to_json) + "\n"
    raise ValueError(f"unknown layout {name}")


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    out_dir = args.pop(0)
    only = None
    if "--only" in args:
        i = args.index("--only")
        only = set(args[i + 1].split(","))
        del args[i : i + 2]
    import yaml
    import ruamel.yaml  # noqa: F401 (checked here, used by render)

    if not getattr(yaml, "__with_libyaml__", False):
        sys.exit("PyYAML here has no libyaml bindings (CSafeLoader, CSafeDumper)")
    os.makedirs(out_dir, exist_ok=True)
    ours = os.path.join(out_dir, LAYOUTS[0])
    subprocess.run(
        [sys.executable, os.path.join(HERE, "gen_submission.py"), *args, "-o", ours],
        check=True, stderr=subprocess.DEVNULL)
    with open(ours, "rb") as f:
        data = yaml.load(f, Loader=yaml.CSafeLoader)

    def wanted(name):
        return only is None or name in only or name.split("-", 1)[0] in only

    for name in LAYOUTS[1:]:
        if wanted(name):
            write(os.path.join(out_dir, name), render(name, data))
    for name in LAYOUTS:
        path = os.path.join(out_dir, name)
        if wanted(name) and os.path.exists(path):
            print(f"{os.path.getsize(path):>12,}  {path}")


if __name__ == "__main__":
    main()
