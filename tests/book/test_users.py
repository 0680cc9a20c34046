"""Users and roles: off without users; once on, each role may run only its operations, and
the audit log names the user."""

import datetime

import pytest

from koperasi.core.errors import KoperasiError
from koperasi.core.roles import SCRYPT_N, hash_password, password_matches

DAY = datetime.date(2026, 11, 20)
# Tests pass n=2**10 to Users.add to stay fast; the default (and the CLI) use SCRYPT_N=2**17.
FAST = 2**10


def test_the_scrypt_cost_is_the_issues():
    assert SCRYPT_N == 2**17
    stored = hash_password("rahasia1", n=FAST)
    assert len(bytes.fromhex(stored.salt)) == 16 and (stored.r, stored.p) == (8, 1)
    assert password_matches("rahasia1", stored) and not password_matches("rahasia2", stored)
    assert hash_password("rahasia1", n=FAST).salt != stored.salt


def audit_users(book):
    return book._db.conn.execute("SELECT user, operation FROM audit_log ORDER BY seq").fetchall()


@pytest.fixture
def staffed(book):
    book.members.add("Siti Aminah")
    book.users.add("Bu Sri", "bendahara", "bendahara1", n=FAST)
    book.users.log_in("Bu Sri", "bendahara1")
    for name, role in (("Pak Ketua", "ketua"), ("Bu Awas", "pengawas"), ("Mas Timbang", "petugas")):
        book.users.add(name, role, f"{role}-sandi", n=FAST)
    book.users.log_out()
    return book


def test_a_book_without_users_allows_everything(book):
    assert not book.users.enabled()
    book.members.add("Siti Aminah")
    assert audit_users(book)[-1] == ("bendahara", "member.add")


def test_the_first_user_must_be_a_bendahara(book):
    with pytest.raises(KoperasiError) as error:
        book.users.add("Mas Timbang", "petugas", "timbang1", n=FAST)
    assert error.value.code == "user.first_is_bendahara"
    assert not book.users.enabled()


def test_with_users_a_write_needs_a_login(staffed):
    with pytest.raises(KoperasiError) as error:
        staffed.members.add("Budi")
    assert error.value.code == "user.login_required"
    with pytest.raises(KoperasiError) as error:
        staffed.users.log_in("Bu Sri", "salah")
    assert error.value.code == "user.bad_login"
    assert [m.name for m in staffed.members.list()] == ["Siti Aminah"]


def test_each_role_may_run_only_its_operations(staffed):
    staffed.users.log_in("Mas Timbang", "petugas-sandi")
    delivery = staffed.deliveries.record("LJ-0001", "Karet", 2_500, date=DAY)
    with pytest.raises(KoperasiError) as error:
        staffed.members.add("Budi")
    assert error.value.code == "user.not_allowed"
    assert "member.add" in error.value.message("en")
    staffed.users.log_in("Bu Awas", "pengawas-sandi")
    with pytest.raises(KoperasiError):
        staffed.deliveries.record("LJ-0001", "Karet", 1_000, date=DAY)
    with pytest.raises(KoperasiError):
        staffed.shu.set_split(staffed.shu.split())
    staffed.users.log_in("Pak Ketua", "ketua-sandi")
    staffed.shu.set_split(staffed.shu.split())  # a RAT decision
    with pytest.raises(KoperasiError):
        staffed.deliveries.record("LJ-0001", "Karet", 1_000, date=DAY)
    assert audit_users(staffed)[-2:] == [
        ("Mas Timbang", "delivery.record"),
        ("Pak Ketua", "shu.set_split"),
    ]
    assert delivery is not None
    assert [u.role for u in staffed.users.all()] == ["bendahara", "ketua", "pengawas", "petugas"]


def test_invisible_or_duplicate_names_and_short_passwords_are_refused(staffed):
    staffed.users.log_in("Bu Sri", "bendahara1")
    for name, password, code in (
        ("\u200b\u200b", "panjang1", "input.required"),
        ("bu sri", "panjang1", "user.exists"),
        ("Baru", "abc", "user.short_password"),
    ):
        with pytest.raises(KoperasiError) as error:
            staffed.users.add(name, "petugas", password, n=FAST)
        assert error.value.code == code
    with pytest.raises(KoperasiError) as error:
        staffed.users.add("Baru", "raja", "panjang1", n=FAST)
    assert error.value.code == "user.bad_role"
    assert len(staffed.users.all()) == 4
