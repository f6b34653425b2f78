"""What the library answers: a command's rows as dicts with the documented keys
(`render/tables.py` defines them), with the whole JSON document beside them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from frontline.render.tables import COMPARISONS, WARNINGS


class Rows(list):
    """A command's rows as dicts with the documented keys; `document` is the whole
    JSON object the command prints with `-f json`. Rows equal their list of
    dicts, or (compared with a dict) that whole document."""

    def __init__(self, rows: Sequence[dict[str, Any]], document: dict[str, Any]):
        super().__init__(rows)
        self.document = document

    def __eq__(self, other: object) -> bool:
        if isinstance(other, dict):
            return self.document == other
        return list.__eq__(self, other)  # type: ignore[arg-type]

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None  # type: ignore[assignment]

    @property
    def comparisons(self) -> list[dict[str, Any]]:
        """`report`'s comparison of each series with the baseline."""
        return self.document.get(COMPARISONS, [])

    @property
    def warnings(self) -> list[dict[str, Any]]:
        """The model's issues that touched these numbers, numbered as the rows'
        `warnings` refer to them."""
        return self.document.get(WARNINGS.key, [])

    def to_pandas(self) -> Any:
        """The rows as a pandas DataFrame (pandas is not a dependency: install
        it to use this)."""
        try:
            import pandas
        except ImportError:
            raise ImportError("to_pandas() needs pandas: pip install pandas") from None
        return pandas.DataFrame(list(self))
