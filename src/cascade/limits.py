"""Every limit cascade enforces on what it reads, in one place (each is listed in the README's
"Limits" section). Beyond a limit the input is refused with one `path:line:col` line, exit 2.
"""

from __future__ import annotations

MB = 1024 * 1024

# Files
# (scripts/limits.py measures the largest accepted input of each kind: tens of seconds at most)
MAX_YAML_BYTES = 10 * MB  # one YAML file (the largest shipped is 0.2 MB; a synthetic national hierarchy.yaml ~3 MB)
MAX_TEXT_BYTES = 2 * MB  # a .txt or .md plan to import (a long plan is ~0.3 MB of text)
MAX_DOCX_BYTES = 20 * MB  # a .docx as stored (images included)
MAX_DOCX_UNPACKED = 100 * MB  # the total uncompressed size of a .docx's parts (images included)
MAX_DOCX_XML = 10 * MB  # the uncompressed size of its XML parts (a long plan's document.xml: ~2 MB)
MAX_DOCX_RATIO = 100  # uncompressed / compressed size of any part over 1 MB (text XML compresses ~10×)

# YAML structure
MAX_YAML_ALIASES = 10  # aliases (*name) per file: 2^10-fold expansion at most, no alias bomb
MAX_YAML_DEPTH = 64  # nested mappings and lists (a document needs 6)

# Values
MIN_YEAR, MAX_YEAR = 1945, 2100  # every year and date: periods, deadlines, --period, --as-of

# The importer
MAX_PARAGRAPH_CHARS = 20_000  # one paragraph or table row (the longest in the corpus: ~3,000)
MAX_BLOCKS = 200_000  # paragraphs and table rows in one plan
