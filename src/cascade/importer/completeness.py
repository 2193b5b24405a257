"""Whether the text holds the whole document, and where it stops if not.

Every plan, decision and report ends with a closing ("Trên đây là …", "Nơi nhận:") and a
signature (TM./KT. …, the signer's title); a text that stops mid-sentence, at a cut marker, or
without them is cut short — the checks that conclude from absence must not look past the cut.
"""

from __future__ import annotations

import re

from cascade.importer.reader import Block

CLOSING = re.compile(r"^(Trên đây là|Nơi nhận)", re.I)
SIGNATURE = re.compile(r"^(TM\.|KT\.|Q\.|TL\.|TUQ\.)|^(CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|CHÁNH THANH TRA|CHÁNH VĂN PHÒNG|"
                       r"BỘ TRƯỞNG|THỨ TRƯỞNG|TRƯỞNG BAN|TRƯỞNG PHÒNG|THỦ TƯỚNG)\b")
CUT_MARKER = re.compile(r"(\(còn (nữa|tiếp)\)|\[\.\.\.\]|\[…\]|\(trích\)|…|\.\.\.)\s*$", re.I)
ENDS_SENTENCE = re.compile(r"""([.;:!?)”"'…]|\./\.)$""")


def completeness(blocks: list[Block]) -> tuple[bool, str | None]:
    """(complete, where the text stops when it is not)."""
    texts = [(b, b.text or " ".join(c for c in b.cells or [] if c)) for b in blocks]
    texts = [(b, t) for b, t in texts if t.strip()]
    if not texts:
        return False, None
    last, text = texts[-1]
    closing = next((i for i, (b, t) in enumerate(texts) if b.cells is None and CLOSING.match(t)), None)
    signed = closing is not None and any(SIGNATURE.match(t) for _, t in texts[closing:])
    # the last paragraph stops mid-sentence (a table row or a signature line needs no full stop)
    cut = last.cells is None and not ENDS_SENTENCE.search(text) and not _signature_or_name(texts, len(texts) - 1)
    if CUT_MARKER.search(text) or cut or not signed:
        return False, str(last.where)  # the document keeps plain text
    return True, None


def _signature_or_name(texts, i: int) -> bool:
    """A signer's title, or a name right after a signature or the recipients ("Nơi nhận")."""
    text = texts[i][1]
    if SIGNATURE.match(text):
        return True
    earlier = [t for _, t in texts[max(0, i - 8):i]]
    return any(SIGNATURE.match(t) or CLOSING.match(t) for t in earlier) and len(text.split()) <= 6
