// The YAML loader over libyaml's event API.
internal import CYAML
