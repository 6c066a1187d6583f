"""Datasette plugins of infraledger, registered by ``db.datasette.register_plugins``."""
