"""The extractor's version, importable without loading spaCy or any extractor."""

from __future__ import annotations

#: Raise this whenever a change to ``extract`` changes its output: ``infraledger extract``
#: then re-extracts every article stored under an older version, without re-crawling.
EXTRACTOR_VERSION = 1
