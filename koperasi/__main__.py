"""Run the command line as `python -m koperasi`."""

from koperasi.cli import main

raise SystemExit(main())
