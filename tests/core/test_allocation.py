from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from koperasi.core.allocation import largest_remainder


def test_leftover_rupiah_go_to_largest_fractions():
    # 100 over weights 1:1:1 → 33.33 each; one rupiah left, ties go to the lowest key.
    assert largest_remainder(100, [(3, 1), (1, 1), (2, 1)]) == {1: 34, 2: 33, 3: 33}


def test_hand_computed_split():
    # 1.000 over 5:3:2 → exactly 500, 300, 200.
    assert largest_remainder(1000, [("a", 5), ("b", 3), ("c", 2)]) == {"a": 500, "b": 300, "c": 200}
    # 10 over 2:2:3 → 2.857, 2.857, 4.285 → floors 2, 2, 4 (8); fractions .857, .857, .285:
    # two rupiah left go to a and b.
    assert largest_remainder(10, [("a", 2), ("b", 2), ("c", 3)]) == {"a": 3, "b": 3, "c": 4}


def test_zero_total_and_errors():
    assert largest_remainder(0, [(1, 5), (2, 7)]) == {1: 0, 2: 0}
    with pytest.raises(ValueError):
        largest_remainder(-1, [(1, 1)])
    with pytest.raises(ValueError):
        largest_remainder(5, [])
    with pytest.raises(ValueError):
        largest_remainder(5, [(1, 0)])


weights = st.lists(st.integers(min_value=0, max_value=10**12), min_size=1, max_size=60).filter(
    lambda ws: sum(ws) > 0
)


@given(total=st.integers(min_value=0, max_value=10**13), ws=weights, data=st.data())
def test_parts_sum_exactly_and_stay_within_one_rupiah(total, ws, data):
    items = list(enumerate(ws))
    parts = largest_remainder(total, items)
    assert sum(parts.values()) == total
    weight_sum = sum(ws)
    for key, w in items:
        exact = Fraction(total * w, weight_sum)
        assert abs(parts[key] - exact) < 1
        assert parts[key] >= 0
    shuffled = data.draw(st.permutations(items))
    assert largest_remainder(total, shuffled) == parts
