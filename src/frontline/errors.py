"""The two kinds of failure a user can meet, and the exit codes they map to.

An `InputError` is the user's to fix (exit 2): it names the field and, for files,
where in the file. A `FrontlineError` is anything else that stops a command (exit 1).
Both carry a one-line message; neither is ever shown as a traceback.
"""

from __future__ import annotations


class FrontlineError(Exception):
    """A failure that is not the user's input: exit 1 with a clear message."""

    exit_code = 1


class InputError(FrontlineError):
    """Bad input: exit 2 with one line naming the field (and file and line)."""

    exit_code = 2

    def __init__(
        self,
        field: str | None,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        line_label: str = "line",
    ) -> None:
        self.field = field
        self.message = message
        self.file = file
        self.line = line
        self.line_label = line_label
        super().__init__(str(self))

    def at(
        self, file: str | None, line: int | None, line_label: str = "line"
    ) -> InputError:
        """The same error, located in a file (used by importers)."""
        return InputError(
            self.field, self.message, file=file, line=line, line_label=line_label
        )

    def __str__(self) -> str:
        where = []
        if self.file is not None:
            where.append(self.file)
        if self.line is not None:
            where.append(f"{self.line_label} {self.line}")
        prefix = ", ".join(where)
        subject = f"{self.field}: " if self.field else ""
        return (
            f"{prefix}: {subject}{self.message}"
            if prefix
            else f"{subject}{self.message}"
        )
