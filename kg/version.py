"""govkg's version, in a module that imports nothing (the cache key reads it; kg/__init__ re-exports it)."""
__version__ = "0.1.0"
