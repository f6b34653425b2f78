"""frontline: a command-line tracker of territorial change."""

__version__ = "0.1.0"
