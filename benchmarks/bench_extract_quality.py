"""Extraction quality on the labelled dev sets, run by ``make bench``; see ``eval_extract``."""

from __future__ import annotations

from benchmarks.eval_extract import main

__all__ = ["main"]
