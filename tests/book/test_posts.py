"""Weighing posts: a post book's batches reach the main book exactly once, whole or not at all."""

from __future__ import annotations

import datetime

import pytest

from koperasi.book import Book
from koperasi.book.deliveries import DeductionInput
from koperasi.core.errors import KoperasiError

DAY = datetime.date(2026, 11, 20)


@pytest.fixture
def office(book):
    for name in ("Siti Aminah", "Budi Santoso", "Wayan Sudra"):
        book.members.add(name, village="Sungai Arang")
    return book


@pytest.fixture
def post(office, tmp_path):
    p = office.posts.create_post("P2", tmp_path / "pos2.koperasi", name="Pos Sungai Arang")
    p.with_today(office.today())
    yield p
    p.close()


def _export(post, path):
    chunks = []
    result = post.posts.export(chunks.append)
    if not result.empty:
        path.write_bytes(b"".join(chunks))
    return result


def _table_counts(book):
    return {
        t: book._db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("deliveries", "delivery_history", "post_imports", "audit_log")
        if book._db[t].exists()
    }


def test_post_book_has_the_office_members_and_its_own_receipt_prefix(office, post):
    assert post.posts.post_id == "P2"
    assert [m.number for m in post.members.list()] == ["LJ-0001", "LJ-0002", "LJ-0003"]
    assert [c.name for c in post.commodities.list()] == ["Karet", "TBS Sawit"]
    d = post.deliveries.record("LJ-0002", "TBS Sawit", 1_250_000, date=DAY)
    assert d.receipt == "NT-P2-2026-000001"
    assert office.posts.posts()[0]["post_id"] == "P2"


def test_500_deliveries_exported_twice_imported_twice_give_exactly_500(office, post, tmp_path):
    for i in range(500):
        post.deliveries.record(
            f"LJ-000{i % 3 + 1}",
            "TBS Sawit",
            100_000 + i * 10,
            date=DAY,
            deductions=[DeductionInput("tare", 2_000)],
        )
    first = _export(post, tmp_path / "kirim1.kpb")
    assert (first.sequence, first.deliveries, first.corrections) == (1, 500, 0)
    second = _export(post, tmp_path / "kirim2.kpb")
    assert second.empty and not (tmp_path / "kirim2.kpb").exists()
    data = (tmp_path / "kirim1.kpb").read_bytes()

    preview = office.posts.preview(data)
    assert len(preview.new_deliveries) == 500 and not preview.imported
    assert office.deliveries.count_on_date(DAY) == 0  # a preview writes nothing

    plan = office.posts.import_batch(data)
    assert len(plan.new_deliveries) == 500 and plan.already == 0
    again = office.posts.import_batch(data)
    assert len(again.new_deliveries) == 0 and again.already == 500
    assert office.deliveries.count_on_date(DAY) == 500
    # 500 weighings of 100,000 + 10·i g less 2 kg tare each, weighed once in the office's book
    expected = sum(100_000 + i * 10 - 2_000 for i in range(500))
    assert expected == 50_247_500
    assert sum(d.net_grams for d in office.deliveries.on_date(DAY)) == expected
    d = office.deliveries.get("NT-P2-2026-000500")
    assert (d.gross_grams, d.net_grams) == (104_990, 102_990)
    assert office.posts.imported_as("NT-P2-2026-000500") == "P2/NT-P2-2026-000500"
    # the office's own numbering goes on untouched, and its gapless check stays clean
    own = office.deliveries.record("LJ-0001", "TBS Sawit", 50_000, date=DAY)
    assert own.receipt == "NT-2026-000001"
    assert [f.detail for f in office.checks.run() if not f.ok] == []


def test_a_flipped_byte_is_refused_with_nothing_written(office, post, tmp_path):
    for i in range(5):
        post.deliveries.record("LJ-0001", "TBS Sawit", 200_000 + i, date=DAY)
    _export(post, tmp_path / "kirim.kpb")
    data = (tmp_path / "kirim.kpb").read_bytes()
    before = _table_counts(office)
    for position in (len(b"KOPERASI-BATCH 1\n") + 40, len(data) // 2, len(data) - 5):
        broken = bytearray(data)
        broken[position] ^= 0x01
        with pytest.raises(KoperasiError) as refused:
            office.posts.import_batch(bytes(broken))
        assert refused.value.code.startswith(("batch.", "post."))
        assert _table_counts(office) == before
    with pytest.raises(KoperasiError) as cut:
        office.posts.import_batch(data[:-30])
    assert cut.value.code == "batch.damaged"
    assert _table_counts(office) == before
    assert len(office.posts.import_batch(data).new_deliveries) == 5


def test_a_batch_from_another_key_or_a_skipped_batch_is_refused(office, post, tmp_path):
    post.deliveries.record("LJ-0001", "TBS Sawit", 200_000, date=DAY)
    _export(post, tmp_path / "k1.kpb")
    post.deliveries.record("LJ-0002", "TBS Sawit", 300_000, date=DAY)
    _export(post, tmp_path / "k2.kpb")
    with pytest.raises(KoperasiError) as missing:
        office.posts.import_batch((tmp_path / "k2.kpb").read_bytes())
    assert missing.value.code == "post.batch_missing"
    assert "nomor 1" in missing.value.message("id")
    office.posts.import_batch((tmp_path / "k1.kpb").read_bytes())
    office.posts.import_batch((tmp_path / "k2.kpb").read_bytes())
    assert office.deliveries.count_on_date(DAY) == 2


def test_corrections_after_export_travel_as_corrections(office, post, tmp_path):
    post.deliveries.record("LJ-0001", "TBS Sawit", 200_000, date=DAY)
    post.deliveries.record("LJ-0002", "TBS Sawit", 300_000, date=DAY)
    _export(post, tmp_path / "k1.kpb")
    office.posts.import_batch((tmp_path / "k1.kpb").read_bytes())
    post.deliveries.correct("NT-P2-2026-000001", "salah baca", gross_grams=210_000)
    post.deliveries.void("NT-P2-2026-000002", "anggota salah")
    result = _export(post, tmp_path / "k2.kpb")
    assert (result.deliveries, result.corrections) == (0, 2)
    plan = office.posts.import_batch((tmp_path / "k2.kpb").read_bytes())
    assert [c.stable_id for c in plan.new_corrections] == [
        "P2/NT-P2-2026-000001/K1",
        "P2/NT-P2-2026-000002/K1",
    ]
    corrected = office.deliveries.get("NT-P2-2026-000001")
    assert corrected.gross_grams == 210_000
    history = office.deliveries.history("NT-P2-2026-000001")
    assert history[-1]["reason"] == "salah baca (P2)"
    assert office.deliveries.get("NT-P2-2026-000002").status == "void"
    assert office.posts.import_batch((tmp_path / "k2.kpb").read_bytes()).already == 2


def test_member_list_updates_travel_back_to_the_post(office, post):
    office.members.add("Rina Marlina", village="Talang")
    office.members.edit("LJ-0001", village="Talang Baru")
    data = office.posts.export_members("P2")
    assert post.posts.import_members(data) == 4
    assert post.members.get("LJ-0004").name == "Rina Marlina"
    assert post.members.get("LJ-0001").village == "Talang Baru"
    assert post.posts.import_members(data) == 0  # the same list again changes nothing
    broken = bytearray(data)
    broken[30] ^= 0x20
    with pytest.raises(KoperasiError):
        post.posts.import_members(bytes(broken))


def test_manual_weight_is_kept_on_the_delivery_and_travels(office, post, tmp_path):
    post.deliveries.record("LJ-0001", "TBS Sawit", 200_000, date=DAY, weight_manual=True)
    post.deliveries.record("LJ-0001", "TBS Sawit", 150_000, date=DAY)
    _export(post, tmp_path / "k.kpb")
    office.posts.import_batch((tmp_path / "k.kpb").read_bytes())
    assert office.deliveries.get("NT-P2-2026-000001").weight_manual is True
    assert office.deliveries.get("NT-P2-2026-000002").weight_manual is False


def test_office_cannot_import_into_a_post_and_a_post_is_opened_again(office, post, tmp_path):
    path = post.path
    post.close()
    with Book.open(path) as again:
        assert again.posts.is_post
        with pytest.raises(KoperasiError) as refused:
            again.posts.preview(b"KOPERASI-BATCH 1\n{}\n")
        assert refused.value.code == "post.is_post"
