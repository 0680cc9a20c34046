"""The safety drill (benchmarks/safety_drill.py) run small: every count must be complete."""

import importlib.util
import re
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX kill and file semantics")

DRILL = Path(__file__).parent.parent / "benchmarks" / "safety_drill.py"


def load_drill():
    spec = importlib.util.spec_from_file_location("safety_drill", DRILL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_drill_run_small_is_complete(tmp_path, capsys):
    drill = load_drill()
    code = drill.main(["--kills", "5", "--copies", "5", "--members", "10", "--dir", str(tmp_path)])
    out = capsys.readouterr().out
    kills = re.search(r"^kills: (\d+)/(\d+) opened, (\d+) recovered", out, re.M)
    assert kills and kills.groups()[:2] == ("5", "5"), out
    assert int(kills.group(3)) >= 1, out  # some kills did leave a hot journal behind
    cut = re.search(
        r"^power cut: (\d+)/(\d+) copies opened and checked clean, (\d+) taken", out, re.M
    )
    assert cut and cut.groups()[:2] == ("5", "5") and int(cut.group(3)) >= 1, out
    tamper = re.search(
        r"^tamper: (\d+)/(\d+) detected .*\((\d+) more refused .*; (\d+) edits", out, re.M
    )
    assert tamper, out
    detected, changed, refused, tried = map(int, tamper.groups())
    assert detected == changed and changed + refused == tried == drill.TRIED, out
    assert changed >= 20, out  # with the triggers dropped, every edit reaches the file
    assert "missed" not in out
    assert re.search(r"^restore: passed", out, re.M), out
    assert code == 0 and out.rstrip().endswith("drill: all complete")


def test_a_missed_tamper_fails_the_drill(tmp_path, capsys, monkeypatch):
    """The drill is not a test that cannot fail: a check that sees nothing is reported."""
    drill = load_drill()
    book = tmp_path / "b.koperasi"
    from koperasi.demo import build_demo

    build_demo(book, members=5, years=1, seed=1, today=drill.TODAY)
    monkeypatch.setattr(drill, "check_finds", lambda path: False)
    assert drill.drill_tamper(book, tmp_path) is False
    out = capsys.readouterr().out
    assert re.search(r"^tamper: 0/\d+ detected", out, re.M) and "   missed: update savings" in out
