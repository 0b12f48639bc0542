"""The testing kit's own tests run with its pytest plugin, as a plugin author's would.

This conftest is loaded at start-up (pytest reads ``tests/test*/conftest.py``
before collecting), where ``pytest_plugins`` is allowed.
"""

pytest_plugins = ["newsmodel.testing.pytest_plugin"]
