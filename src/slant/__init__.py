"""Slant: read slanted news critically, with grounded answers and a framing tagger."""

__version__ = "0.1.0"
