"""Frozen-app launcher: PyInstaller needs a script, the package keeps its entry point."""

from app.__main__ import main

raise SystemExit(main())
