"""frontline: a command-line tracker of territorial change."""

__version__ = "0.1.0"


def open(path=None):
    """The frontline database at `path` as a `frontline.api.Tracker` (None: the
    file the command line would use). The library loads only when called, so
    the command line's start-up does not pay for it."""
    from frontline.api import Tracker

    return Tracker(path)
