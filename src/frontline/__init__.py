"""frontline: a command-line tracker of territorial change, and a library
(`frontline.open`)."""

TYPE_CHECKING = False  # not `typing`'s: `frontline --version` must not load it
if TYPE_CHECKING:
    from os import PathLike

    from frontline.api import Tracker

__version__ = "0.1.0"


def open(path: "str | PathLike[str] | None" = None) -> "Tracker":
    """The frontline database at `path` as a `frontline.api.Tracker` (None: the
    file the command line would use). The library loads only when called, so
    the command line's start-up does not pay for it."""
    from frontline.api import Tracker

    return Tracker(path)
