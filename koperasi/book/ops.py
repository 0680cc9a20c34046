"""Named operations: every service method that writes is one, run whole or not at all.

`@operation("sale.settle", "sales", "deliveries", "journal")` on a service method (or on a
Book method) makes it:

- run inside `book.atomic()`: one transaction, or a savepoint when another operation
  called it (payouts.pay posts through journal.post);
- name itself: `book.current_operation` holds the name the user's action started with for
  as long as it runs, so an audit log can say which operation wrote a row (an inner
  operation keeps the outer name: the user asked for the payout, not for the posting);
- say what it changed: the areas reach `book.note_changes()` once the outermost operation
  has succeeded (Anki's OpChanges). A refused operation notes nothing, and neither do the
  inner operations of an outer one that failed, since their writes were rolled back.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

# The attribute a decorated method carries: (name, areas). Tests read it.
MARK = "__operation__"


def operation(name: str, *areas: str) -> Callable[[F], F]:
    """Make a service method a named operation writing to these areas."""

    def decorate(method: F) -> F:
        @functools.wraps(method)
        def run(self: Any, *args: Any, **kwargs: Any) -> Any:
            # Services hold their book in `.book`; Book's own operations are on the book.
            book = getattr(self, "book", self)
            if book.current_operation is not None:
                # Inside another operation: its transaction and its name cover this one.
                with book.atomic():
                    result = method(self, *args, **kwargs)
                book._operation_areas.update(areas)
                return result
            book.current_operation = name
            book._operation_areas = set(areas)
            try:
                with book.atomic():
                    result = method(self, *args, **kwargs)
                book.note_changes(*book._operation_areas)
            finally:
                book.current_operation = None
                book._operation_areas = set()
            return result

        setattr(run, MARK, (name, areas))
        return run  # type: ignore[return-value]

    return decorate


def operation_of(method: Callable[..., Any]) -> tuple[str, tuple[str, ...]] | None:
    """(name, areas) of a named operation, or None for a method that is not one."""
    return getattr(method, MARK, None)
