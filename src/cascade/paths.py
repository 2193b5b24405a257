"""Where the shipped data are: inside the installed package (cascade/data/...), or beside src/
in a checkout (rules/, fixtures/, national/)."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path


SHIPPED = ("rules", "fixtures", "national")  # the data folders that ship with cascade


@functools.cache  # asked for every file a large workspace names (source.display_path)
def data_dir(name: str) -> Path:
    packaged = packaged_data() / name
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / name


def packaged_data() -> Path:
    """Where an installed cascade keeps its data (absent in a checkout)."""
    return Path(str(resources.files("cascade"))) / "data"


def rules_dir() -> Path:
    return data_dir("rules")


def national_dir() -> Path:
    """The national layer: the country's units and the national reference documents."""
    return data_dir("national")


def example_workspace() -> Path:
    return data_dir("fixtures") / "lai-chau"
