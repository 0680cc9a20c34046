"""`koperasi backup/backups/restore/audit/check --full/user add`, and a hostile-input run that
must never print a traceback or hang."""

from __future__ import annotations

import json
import os
import signal
import sqlite3

import pytest


@pytest.fixture
def book_file(cli, tmp_path):
    path = tmp_path / "lj.koperasi"
    assert cli("init", path, "--name", "Koperasi Lembah Jaya", "--prefix", "LJ").code == 0
    assert cli("member", "add", path, "--name", "Siti Aminah").code == 0
    assert cli("member", "add", path, "--name", "Budi Santoso").code == 0
    return path


def test_backup_list_and_restore(cli, book_file, tmp_path):
    made = cli("backup", book_file)
    assert made.code == 0
    backup = made.out.strip()
    assert backup.startswith(str(tmp_path / "Cadangan" / "LJ-")) and backup.endswith(".koperasi")
    listed = json.loads(cli("backups", book_file, "--json").out)
    assert [(b["path"], b["verified"], b["members"], b["total_debit"]) for b in listed] == [
        (backup, True, 2, 0)
    ]
    code = listed[0]["audit_code"]
    assert code and code == json.loads(cli("audit", book_file, "--json").out)[0]["code"]
    assert code in cli("backups", book_file).out
    other = tmp_path / "usb"
    other.mkdir()
    assert cli("backup", book_file, "--to", other).out.startswith(str(other))
    new = tmp_path / "pulih.koperasi"
    restored = cli("restore", backup, new)
    assert restored.code == 0 and "pulih.koperasi" in restored.out
    assert "Anggota" in restored.out and "2" in restored.out
    assert cli("check", new).code == 0
    # never over an existing file
    before = book_file.read_bytes()
    refused = cli("restore", backup, book_file)
    assert refused.code == 1 and "sudah ada" in refused.err
    assert book_file.read_bytes() == before


def test_audit_lists_and_verify_names_the_first_broken_record(cli, book_file):
    records = json.loads(cli("audit", book_file, "--json").out)
    assert [r["operation"] for r in records][:2] == ["member.add", "member.add"]
    assert all(r["user"] == "bendahara" for r in records[:2])
    only = json.loads(cli("audit", book_file, "--json", "--operation", "member").out)
    assert len(only) == 2
    ok = cli("audit", book_file, "--verify")
    assert ok.code == 0 and "utuh" in ok.out
    conn = sqlite3.connect(book_file)
    seq = records[1]["seq"]
    conn.execute("UPDATE audit_log SET user = 'orang lain' WHERE seq = ?", [seq])
    conn.commit()
    conn.close()
    broken = cli("audit", book_file, "--verify")
    assert broken.code == 1
    assert f"audit record {seq}: the chain is broken here" in broken.err.splitlines()[0]
    check = cli("check", book_file)
    assert check.code == 1 and "rantai catatan audit utuh" in check.out


def test_check_full_runs_integrity_check_and_sees_a_money_tamper(cli, book_file):
    full = cli("check", book_file, "--full")
    assert full.code == 0 and "pemeriksaan lengkap berkas SQLite" in full.out
    conn = sqlite3.connect(book_file)
    conn.execute("UPDATE members SET name = 'Hantu' WHERE id = 1")
    conn.commit()
    conn.close()
    bad = cli("check", book_file)
    assert bad.code == 1 and "members row 1 differs from audit record" in bad.out


def test_users_from_the_command_line(cli, book_file, monkeypatch):
    monkeypatch.setenv("KOPERASI_NEW_PASSWORD", "bendahara1")
    first = cli("user", "add", book_file, "--name", "Bu Sri", "--role", "bendahara")
    assert first.code == 0 and "Bu Sri" in first.out
    refused = cli("member", "add", book_file, "--name", "Tanpa Login")
    assert refused.code == 1 and "masuk dulu" in refused.err
    monkeypatch.setenv("KOPERASI_PASSWORD", "bendahara1")
    monkeypatch.setenv("KOPERASI_NEW_PASSWORD", "petugas11")
    added = cli("user", "add", book_file, "--name", "Mas Timbang", "--role", "petugas",
                "--user", "Bu Sri")  # fmt: skip
    assert added.code == 0
    monkeypatch.setenv("KOPERASI_PASSWORD", "petugas11")
    denied = cli("member", "add", book_file, "--name", "X", "--user", "Mas Timbang")
    assert denied.code == 1 and "tidak berwenang" in denied.err
    wrong = cli("member", "add", book_file, "--name", "X", "--user", "Bu Sri")
    assert wrong.code == 1 and "salah" in wrong.err
    records = json.loads(cli("audit", book_file, "--json", "--by", "Bu Sri").out)
    assert [r["operation"] for r in records] == ["user.add"]
    bad_role = cli("user", "add", book_file, "--name", "Y", "--role", "raja")
    assert bad_role.code == 2
    listed = json.loads(cli("user", "list", book_file, "--json").out)
    assert [(u["name"], u["role"]) for u in listed] == [
        ("Bu Sri", "bendahara"),
        ("Mas Timbang", "petugas"),
    ]


# -- the hostile-input run -------------------------------------------------------------------

HOSTILE = [
    "",
    " ",
    "\u200b",
    "\u200b\u200b\u200b",
    "9" * 19,
    "9" * 40,
    "-" + "9" * 30,
    "1e308",
    "nan",
    "inf",
    "١٢٣",  # Arabic-Indic digits
    "１２３",  # full-width digits
    "12\u200b3",
    "0",
    "-1",
    "9999-12-31",
    "0001-01-01",
    "31-02-2026",
    "2201-01-01",
    "1899-12-31",
    "x" * 5000,
    "\x00",
    "'; DROP TABLE members; --",
    "LJ-9999",
    "../../etc/passwd",
]


def hostile_cases(book, tmp_path):
    fifo = tmp_path / "fifo.koperasi"
    if not fifo.exists():
        os.mkfifo(fifo)
    cases = []
    for value in HOSTILE:
        cases += [
            ["member", "add", book, "--name", value],
            ["delivery", "add", book, "--member", "LJ-0001", "--commodity", "Karet",
             "--date", "2026-11-20", "--gross-kg", value],
            ["delivery", "add", book, "--member", "LJ-0001", "--commodity", "Karet",
             "--date", value, "--gross-kg", "12"],
            ["savings", "deposit", book, "--member", "LJ-0001", "--kind", "sukarela",
             "--amount", value, "--date", "2026-11-20"],
            ["settings", "savings", book, "--wajib", value],
            ["audit", book, "--since", value],
            ["audit", book, "--limit", value],
            ["backup", book, "--to", value or "''"],
            ["restore", value or "x", tmp_path / "r.koperasi"],
            ["user", "add", book, "--name", value, "--role", "petugas"],
            ["print", "members", book, "-o", value],
        ]  # fmt: skip
    for target in (fifo, "/dev/null", "/dev/zero", tmp_path, tmp_path / "missing.koperasi"):
        cases += [
            ["check", target],
            ["member", "list", target],
            ["backup", target],
            ["backups", target],
            ["audit", target, "--verify"],
            ["restore", target, tmp_path / "r2.koperasi"],
        ]
    link = tmp_path / "null-link.pdf"
    if not link.is_symlink():
        link.symlink_to("/dev/null")
    cases += [
        ["print", "members", book, "-o", link],
        ["print", "members", book, "-o", fifo],
        ["print", "members", book, "-o", ""],
        ["restore", book, "/dev/null"],
        ["backup", book, "--to", "/dev/null"],
        ["backup", book, "--to", fifo],
    ]
    return cases


def fifo_or_device_replaced(tmp_path) -> bool:
    import stat

    return not stat.S_ISFIFO((tmp_path / "fifo.koperasi").stat().st_mode)


def test_hostile_inputs_never_give_a_traceback_or_hang(cli, book_file, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # relative hostile paths stay in the test folder
    monkeypatch.setenv("KOPERASI_LOG", str(tmp_path / "koperasi.log"))
    monkeypatch.setenv("KOPERASI_NEW_PASSWORD", "panjang1")
    assert cli("commodity", "add", book_file, "--name", "Karet", "--fee-percent", "3").code == 0

    def hang(*_):
        raise TimeoutError("hang")

    old = signal.signal(signal.SIGALRM, hang)
    cases = hostile_cases(book_file, tmp_path)
    tracebacks, hangs, results = [], [], {}
    try:
        for args in cases:
            signal.alarm(10)
            try:
                result = cli(*args)
            except TimeoutError:
                hangs.append(args)
                continue
            finally:
                signal.alarm(0)
            results[result.code] = results.get(result.code, 0) + 1
            if "Traceback" in result.err or "Traceback" in result.out:
                tracebacks.append((args, result.err))
            if "kesalahan tak terduga" in result.err:
                tracebacks.append((args, result.err))  # caught, but still unexpected
    finally:
        signal.signal(signal.SIGALRM, old)
    print(f"hostile cases: {len(cases)}, exit codes {results}, tracebacks {len(tracebacks)}, "
          f"hangs {len(hangs)}")  # fmt: skip
    assert len(cases) >= 300
    assert hangs == []
    assert tracebacks == []
    link = tmp_path / "null-link.pdf"
    assert link.is_symlink() and not fifo_or_device_replaced(tmp_path)
    assert cli("check", book_file).code == 0
