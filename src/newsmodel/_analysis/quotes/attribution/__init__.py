"""Who said a quote: the reporting verb (the cue) and its subject (see :mod:`.attributor`)."""

from newsmodel._analysis.quotes.attribution.attributor import (
    Attribution,
    Attributor,
    Speaker,
    description_head,
)

__all__ = ["Attribution", "Attributor", "Speaker", "description_head"]
