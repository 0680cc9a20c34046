import datetime

import pytest

from koperasi.core.errors import KoperasiError
from tests.helpers import dump

NIK_SITI = "1503014507800001"  # Sarolangun (1503), born 05-07-1980, woman (day + 40)


def test_numbers_follow_the_prefix(book):
    a = book.members.add("Siti Aminah", nik=NIK_SITI, gender="P", village="Lembah Jaya")
    b = book.members.add("  Muhammad   Yusuf ", joined=datetime.date(2019, 3, 1))
    assert (a.number, b.number) == ("LJ-0001", "LJ-0002")
    assert b.name == "Muhammad Yusuf"
    assert a.joined == datetime.date(2026, 11, 27)  # today by default
    assert [m.number for m in book.members.list()] == ["LJ-0001", "LJ-0002"]


def test_nik_validated_and_unique(book):
    book.members.add("Siti Aminah", nik=NIK_SITI)
    before = dump(book)
    with pytest.raises(KoperasiError) as info:
        book.members.add("Orang Lain", nik="1503014507800001")
    assert (
        info.value.message("id")
        == "NIK 1503014507800001 sudah dipakai oleh anggota LJ-0001 (Siti Aminah)."
    )
    with pytest.raises(KoperasiError) as info:
        book.members.add("Orang Lain", nik="1234")
    assert info.value.code == "member.nik_invalid"
    with pytest.raises(KoperasiError):
        book.members.add("   ")
    assert dump(book) == before


def test_edit_deactivate_and_search(book):
    book.members.add("Siti Aminah", village="Lembah Jaya")
    book.members.add("Budi Santoso", village="Pauh")
    edited = book.members.edit(
        "lj-0002", nik=NIK_SITI.replace("4507", "0507"), phone="0812 7000 1234"
    )
    assert edited.nik == "1503010507800001"
    gone = book.members.deactivate("LJ-0001", on=datetime.date(2026, 11, 1))
    assert (gone.active, gone.left_on) == (False, datetime.date(2026, 11, 1))
    assert [m.number for m in book.members.list(active=True)] == ["LJ-0002"]
    assert [m.name for m in book.members.search("pauh")] == ["Budi Santoso"]
    assert [m.name for m in book.members.search("lj-0001")] == ["Siti Aminah"]
    assert [m.name for m in book.members.search("0001")] == [
        "Budi Santoso",
        "Siti Aminah",
    ]  # number or NIK
    with pytest.raises(KoperasiError) as info:
        book.deliveries.record("LJ-0001", "Karet", 1000)
    assert info.value.code == "member.inactive"


def test_unknown_member(book):
    with pytest.raises(KoperasiError) as info:
        book.members.get("LJ-9999")
    assert info.value.message("en") == "Member LJ-9999 does not exist."


def test_join_date_cannot_be_in_the_future(book):
    with pytest.raises(KoperasiError) as info:
        book.members.add("Siti", joined=datetime.date(2026, 11, 28))
    assert info.value.message("id") == "Tanggal bergabung 28/11/2026 belum terjadi."
