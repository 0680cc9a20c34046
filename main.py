"""Start the Koperasi desktop app: python main.py [BOOK] [--demo] [--lang id|en]."""

from koperasi.gui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
