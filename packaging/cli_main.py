"""Entry point of the bundled command line (`koperasi` beside `koperasi-app`)."""

from koperasi.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
