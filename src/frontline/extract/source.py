"""According to whom: the source of a figure, from its clause or its sentence.

A data source (ISW, DeepState) named anywhere in the sentence wins over a
speaker, because the figure is the data's; one named in an earlier sentence
of the paragraph is taken when this one names none.
"""

from __future__ import annotations

from frontline.extract.figure import Context, Reading, Sentence


def read_source(
    reading: Reading, sentence: Sentence, low: int, high: int, context: Context
) -> None:
    """The figure's source: a data source first, then one in its clause."""
    sources = sentence.sources
    nearby = [m for m in sources if low <= m.start < high]
    chosen = (
        next((m for m in nearby if m.kind == "data"), None)
        or next((m for m in sources if m.kind == "data"), None)
        or next(iter(nearby), None)
        or next(iter(sources), None)
    )
    if chosen is not None:
        reading.source = chosen.source
        reading.why.append(f"source '{chosen.text}'")
    elif context.data_source is not None:
        reading.source = context.data_source[0]
        reading.why.append(
            f"source '{context.data_source[1]}' named in an earlier sentence"
        )
