"""Choice errors in the project's words.

click words a value that is not one of an option's choices as `Invalid value for
'--format' / '-f': 'xml' is not one of 'table', 'csv', ...`; every other bad value
reads `field: 'value' is not one of a, b, c`. These two functions make choices read
the same (cli/app.py applies them where it turns usage errors into one line).
"""

from __future__ import annotations

from typing import Any

from frontline.errors import InputError


def choices_in_our_words() -> None:
    """A value that is not one of an option's choices reads as the project's own
    choice errors do (`by: 'fortnight' is not one of year, quarter, ...`), not as
    click's `Invalid value for '--format' / '-f': 'xml' is not one of 'table', ...`:
    the choices' own message is replaced here, the option's name put before it by
    `choice_error`."""
    try:  # Typer's own choice type; older Typer uses click's (not imported else)
        from typer._types import TyperChoice as kind
    except ImportError:
        from click import Choice as kind

    def get_invalid_choice_message(self: Any, value: Any, ctx: Any) -> str:
        names = ", ".join(self._normalized_mapping(ctx=ctx).values())
        return f"{value!r} is not one of {names}"

    if hasattr(kind, "get_invalid_choice_message"):
        kind.get_invalid_choice_message = get_invalid_choice_message


def choice_error(error: Any, exceptions: Any) -> InputError | None:
    """A bad choice as an `InputError` naming the option (`format`, `on-conflict`),
    or None for any other usage error."""
    param = getattr(error, "param", None)
    if not isinstance(error, exceptions.BadParameter) or param is None:
        return None
    if not hasattr(param.type, "choices") or "is not one of" not in error.message:
        return None
    names = [name.lstrip("-") for name in param.opts if name.startswith("--")]
    return InputError(max(names, key=len) if names else param.name, error.message)
