"""Users and roles of a book (optional; off while the book has no users).

`book.users.add(name, role, password)` adds one (the first must be a bendahara, so the book
never locks its treasurer out); `book.users.log_in(name, password)` makes the book act for
that user: every write is then checked against the role (koperasi.core.roles) in
Book.atomic(), and the audit log names the user.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core import roles
from koperasi.core.errors import KoperasiError
from koperasi.core.roles import clean_name
from koperasi.store.users import UserRow

if TYPE_CHECKING:
    from koperasi.book.book import Book


class Users:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_users

    def enabled(self) -> bool:
        """True once the book has a user: from then on every write needs a logged-in user."""
        return self._store.count() > 0

    def all(self) -> list[UserRow]:
        return self._store.all()

    @operation("user.add", "users")
    def add(self, name: str, role: str, password: str, n: int = roles.SCRYPT_N) -> UserRow:
        """Add a user. `n` (scrypt's cost) is lowered only by tests; the default is 2**17."""
        name = clean_name(name or "")
        if not name:
            raise KoperasiError("input.required", field="name")
        if role not in roles.ROLES:
            raise KoperasiError("user.bad_role", role=role, roles=", ".join(roles.ROLES))
        if len(password or "") < 6:
            raise KoperasiError("user.short_password")
        if not self.enabled() and role != "bendahara":
            raise KoperasiError("user.first_is_bendahara")
        if self._store.get(name) is not None:
            raise KoperasiError("user.exists", name=name)
        self._store.add(name, role, roles.hash_password(password, n=n))
        user = self._store.get(name)
        assert user is not None
        return user

    def log_in(self, name: str, password: str) -> UserRow:
        """Act as this user from now on; a wrong name or password is one refusal for both."""
        user = self._store.get(clean_name(name or ""))
        if user is None or not user.active or not roles.password_matches(password, user.password):
            raise KoperasiError("user.bad_login")
        self.book.user, self.book.role = user.name, user.role
        return user

    def log_out(self) -> None:
        self.book.user, self.book.role = None, None
