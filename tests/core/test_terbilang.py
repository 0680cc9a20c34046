import pytest

from koperasi.core.terbilang import amount_in_words, terbilang, terbilang_rupiah

CASES = [
    (0, "nol"),
    (1, "satu"),
    (10, "sepuluh"),
    (11, "sebelas"),
    (12, "dua belas"),
    (19, "sembilan belas"),
    (20, "dua puluh"),
    (21, "dua puluh satu"),
    (99, "sembilan puluh sembilan"),
    (100, "seratus"),
    (101, "seratus satu"),
    (110, "seratus sepuluh"),
    (111, "seratus sebelas"),
    (999, "sembilan ratus sembilan puluh sembilan"),
    (1_000, "seribu"),
    (1_001, "seribu satu"),
    (1_100, "seribu seratus"),
    (1_999, "seribu sembilan ratus sembilan puluh sembilan"),
    (10_000, "sepuluh ribu"),
    (11_000, "sebelas ribu"),
    (15_500, "lima belas ribu lima ratus"),
    (100_000, "seratus ribu"),
    (101_000, "seratus satu ribu"),
    (250_000, "dua ratus lima puluh ribu"),
    (1_000_000, "satu juta"),
    (1_001_000, "satu juta seribu"),
    (1_234_567, "satu juta dua ratus tiga puluh empat ribu lima ratus enam puluh tujuh"),
    (1_500_000, "satu juta lima ratus ribu"),
    (100_100_100, "seratus juta seratus ribu seratus"),
    (1_000_000_000, "satu miliar"),
    (2_000_001_000, "dua miliar seribu"),
    (1_000_000_000_000, "satu triliun"),
    (1_000_000_000_000_000, "satu kuadriliun"),
    (1_001_000_001_000, "satu triliun satu miliar seribu"),
    (
        999_999_999_999_999_999,
        "sembilan ratus sembilan puluh sembilan kuadriliun "
        "sembilan ratus sembilan puluh sembilan triliun "
        "sembilan ratus sembilan puluh sembilan miliar "
        "sembilan ratus sembilan puluh sembilan juta "
        "sembilan ratus sembilan puluh sembilan ribu "
        "sembilan ratus sembilan puluh sembilan",
    ),
]


@pytest.mark.parametrize(("n", "words"), CASES)
def test_terbilang(n, words):
    assert terbilang(n) == words


@pytest.mark.parametrize("n", [-1, 10**18])
def test_terbilang_out_of_range(n):
    with pytest.raises(ValueError):
        terbilang(n)


def test_terbilang_rupiah():
    assert terbilang_rupiah(1_200_000) == "satu juta dua ratus ribu rupiah"
    assert terbilang_rupiah(0) == "nol rupiah"
    assert terbilang_rupiah(1_000) == "seribu rupiah"
    assert terbilang_rupiah(1_200_000, capitalize=True) == "Satu juta dua ratus ribu rupiah"


def test_amount_in_words_id():
    assert amount_in_words(1_200_000) == "Satu juta dua ratus ribu rupiah"
    assert amount_in_words(0, "id") == "Nol rupiah"


EN_CASES = [
    (0, "Zero rupiah"),
    (1, "One rupiah"),
    (12, "Twelve rupiah"),
    (21, "Twenty-one rupiah"),
    (40, "Forty rupiah"),
    (100, "One hundred rupiah"),
    (115, "One hundred fifteen rupiah"),
    (1_000, "One thousand rupiah"),
    (15_500, "Fifteen thousand five hundred rupiah"),
    (
        1_234_567,
        "One million two hundred thirty-four thousand five hundred sixty-seven rupiah",
    ),
    (2_000_001_000, "Two billion one thousand rupiah"),
    (1_000_000_000_000, "One trillion rupiah"),
    (3_000_000_000_000_000, "Three quadrillion rupiah"),
]


@pytest.mark.parametrize(("n", "words"), EN_CASES)
def test_amount_in_words_en(n, words):
    assert amount_in_words(n, "en") == words


def test_amount_in_words_errors():
    with pytest.raises(ValueError):
        amount_in_words(-1, "en")
    with pytest.raises(ValueError):
        amount_in_words(10**18, "en")
    with pytest.raises(ValueError):
        amount_in_words(1, "fr")
