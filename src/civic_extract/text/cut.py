"""Where to cut a long text: shared by the segmenter's long lines and the chunker's pieces."""

from __future__ import annotations

__all__ = ["soft_cut"]


def soft_cut(text: str, low: int, high: int, ends: tuple[str, ...]) -> int:
    """Where to cut ``text`` within ``[low, high)``: after the last of the two-character
    sentence ``ends`` there, else after the last space, else at ``high``."""
    cut = max(text.rfind(end, low, high) for end in ends)
    if cut >= 0:
        return cut + 2
    cut = text.rfind(" ", low, high)
    return cut + 1 if cut >= 0 else high
