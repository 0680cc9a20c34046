"""The default chart of accounts, modelled on Indonesian cooperative practice."""

from __future__ import annotations

from koperasi.core.model import Account

CASH = "1101"
BANK = "1102"
BUYER_RECEIVABLE = "1201"
MEMBER_RECEIVABLE = "1202"
MEMBER_HARVEST_PAYABLE = "2101"
VOLUNTARY_SAVINGS = "2102"
PRINCIPAL_SAVINGS = "3101"
MANDATORY_SAVINGS = "3102"
RESERVE = "3201"
CURRENT_SURPLUS = "3301"
MARKETING_FEE_INCOME = "4101"
LOAN_SERVICE_INCOME = "4102"
OTHER_INCOME = "4901"
OPERATING_EXPENSE = "5101"
# Added with savings, loans, the cash book and the year-end SHU.
SHU_PAYABLE = "2103"
BOARD_FUND = "2104"
STAFF_FUND = "2105"
EDUCATION_FUND = "2106"
SOCIAL_FUND = "2107"
BANK_INTEREST_INCOME = "4903"
HONORARIUM_EXPENSE = "5102"
TRANSPORT_EXPENSE = "5103"
OFFICE_EXPENSE = "5104"
UTILITIES_EXPENSE = "5105"
MEETING_EXPENSE = "5106"

# Where each part of the statutes' SHU split is credited when the surplus is distributed.
SHU_PART_ACCOUNTS = {
    "reserve": RESERVE,
    "jasa_usaha": SHU_PAYABLE,
    "jasa_modal": SHU_PAYABLE,
    "board": BOARD_FUND,
    "staff": STAFF_FUND,
    "education": EDUCATION_FUND,
    "social": SOCIAL_FUND,
}

DEFAULT_CHART: tuple[Account, ...] = (
    Account(CASH, "Kas", "Cash", "asset", "debit"),
    Account(BANK, "Bank", "Bank", "asset", "debit"),
    Account(BUYER_RECEIVABLE, "Piutang Pembeli", "Receivable from buyers", "asset", "debit"),
    Account(MEMBER_RECEIVABLE, "Piutang Anggota", "Receivable from members", "asset", "debit"),
    Account(
        MEMBER_HARVEST_PAYABLE,
        "Utang Hasil Panen Anggota",
        "Harvest proceeds payable to members",
        "liability",
        "credit",
    ),
    Account(VOLUNTARY_SAVINGS, "Simpanan Sukarela", "Voluntary savings", "liability", "credit"),
    Account(SHU_PAYABLE, "Utang SHU Anggota", "Surplus payable to members", "liability", "credit"),
    Account(BOARD_FUND, "Dana Pengurus", "Board fund", "liability", "credit"),
    Account(STAFF_FUND, "Dana Karyawan", "Staff fund", "liability", "credit"),
    Account(EDUCATION_FUND, "Dana Pendidikan", "Education fund", "liability", "credit"),
    Account(SOCIAL_FUND, "Dana Sosial", "Social fund", "liability", "credit"),
    Account(PRINCIPAL_SAVINGS, "Simpanan Pokok", "Principal savings", "equity", "credit"),
    Account(MANDATORY_SAVINGS, "Simpanan Wajib", "Mandatory savings", "equity", "credit"),
    Account(RESERVE, "Cadangan", "Reserve", "equity", "credit"),
    Account(
        CURRENT_SURPLUS, "SHU Tahun Berjalan", "Surplus of the current year", "equity", "credit"
    ),
    Account(
        MARKETING_FEE_INCOME,
        "Pendapatan Jasa Pemasaran",
        "Marketing fee income",
        "income",
        "credit",
    ),
    Account(
        LOAN_SERVICE_INCOME, "Pendapatan Jasa Pinjaman", "Loan service income", "income", "credit"
    ),
    Account(OTHER_INCOME, "Pendapatan Lain-lain", "Other income", "income", "credit"),
    Account(
        BANK_INTEREST_INCOME, "Pendapatan Bunga Bank", "Bank interest income", "income", "credit"
    ),
    Account(OPERATING_EXPENSE, "Beban Operasional", "Operating expenses", "expense", "debit"),
    Account(HONORARIUM_EXPENSE, "Beban Honorarium", "Honoraria", "expense", "debit"),
    Account(TRANSPORT_EXPENSE, "Beban Transport", "Transport", "expense", "debit"),
    Account(OFFICE_EXPENSE, "Beban ATK & Kantor", "Stationery and office", "expense", "debit"),
    Account(UTILITIES_EXPENSE, "Beban Listrik & Air", "Electricity and water", "expense", "debit"),
    Account(MEETING_EXPENSE, "Beban Rapat", "Meetings", "expense", "debit"),
)

# Where a buyer's money lands, or a sale cost was paid from.
MONEY_ACCOUNTS = {"kas": CASH, "cash": CASH, "bank": BANK, "piutang": BUYER_RECEIVABLE}

# Added with the year-end flow (issue 14): the year closes into SHU Belum Dibagi or SHU
# Negatif; the RAT's appropriation may fund the region's development.
REGIONAL_FUND = "2108"
UNDISTRIBUTED_SURPLUS = "3302"
DEFICIT = "3303"
TAX_PAYABLE = "2109"
INCOME_TAX_EXPENSE = "5901"
RAT_PART_ACCOUNTS = {**SHU_PART_ACCOUNTS, "regional": REGIONAL_FUND}
DEFAULT_CHART = (
    *DEFAULT_CHART,
    Account(
        REGIONAL_FUND,
        "Dana Pembangunan Daerah Kerja",
        "Regional development fund",
        "liability",
        "credit",
    ),
    Account(UNDISTRIBUTED_SURPLUS, "SHU Belum Dibagi", "Undistributed surplus", "equity", "credit"),
    Account(DEFICIT, "SHU Negatif (Defisit)", "Deficit not yet covered", "equity", "credit"),
    Account(TAX_PAYABLE, "Utang Pajak", "Taxes payable", "liability", "credit"),
    Account(
        INCOME_TAX_EXPENSE, "Beban Pajak Penghasilan", "Income tax expense", "expense", "debit"
    ),
)

# Added with members leaving (issue 10, branch i10b): what the statutes keep back of a
# leaving member's savings, owed to them until paid.
EXIT_PAYABLE = "2110"
DEFAULT_CHART = (
    *DEFAULT_CHART,
    Account(
        EXIT_PAYABLE,
        "Utang Simpanan Anggota Keluar",
        "Savings payable to members who left",
        "liability",
        "credit",
    ),
)
# Money and funds that cannot go below zero: an entry that would take one of them below
# zero on its date or any later date is refused; `koperasi check` reports any that did.
NEVER_NEGATIVE = (CASH, BANK, BOARD_FUND, STAFF_FUND, EDUCATION_FUND, SOCIAL_FUND, REGIONAL_FUND)
DEBIT_NORMAL = frozenset({CASH, BANK})

# Added with fixed assets, the allowance for doubtful loans and the accrual of loan service
# (issue 14). The allowance
# and the accumulated depreciation are contra assets: they stand on the credit side.
ALLOWANCE = "1209"
FIXED_ASSETS = "1301"
ACCUMULATED_DEPRECIATION = "1309"
DEPRECIATION_EXPENSE = "5107"
ALLOWANCE_EXPENSE = "5108"
SERVICE_RECEIVABLE = "1203"
I14_ACCOUNTS: tuple[Account, ...] = (
    Account(
        SERVICE_RECEIVABLE, "Piutang Jasa Pinjaman", "Loan service receivable", "asset", "debit"
    ),
    Account(
        ALLOWANCE,
        "Penyisihan Piutang Pinjaman",
        "Allowance for doubtful loans",
        "asset",
        "credit",
    ),
    Account(FIXED_ASSETS, "Aset Tetap", "Fixed assets", "asset", "debit"),
    Account(
        ACCUMULATED_DEPRECIATION,
        "Akumulasi Penyusutan Aset Tetap",
        "Accumulated depreciation",
        "asset",
        "credit",
    ),
    Account(DEPRECIATION_EXPENSE, "Beban Penyusutan", "Depreciation", "expense", "debit"),
    Account(
        ALLOWANCE_EXPENSE,
        "Beban Penyisihan Piutang",
        "Doubtful loans expense",
        "expense",
        "debit",
    ),
)
DEFAULT_CHART = (*DEFAULT_CHART, *I14_ACCOUNTS)

# Branch i14tax: PPh 21 withheld on honoraria is owed to the state on its own sub-account of
# the current liabilities, apart from 2109 (PPh final / PPh badan): it has its own monthly
# return (SPT Masa PPh 21) and deposit, so what was withheld, paid and is still payable must
# tie on its own.
PPH21_PAYABLE = "2111"
DEFAULT_CHART = (
    *DEFAULT_CHART,
    Account(PPH21_PAYABLE, "Utang PPh Pasal 21", "PPh 21 withheld payable", "liability", "credit"),
)

# A fixed asset sold or written off (issue 14, branch i14gui): proceeds above or below its
# book value.
DISPOSAL_GAIN = "4904"
DISPOSAL_LOSS = "5109"
I14GUI_ACCOUNTS: tuple[Account, ...] = (
    Account(
        DISPOSAL_GAIN,
        "Laba Pelepasan Aset Tetap",
        "Gain on disposal of fixed assets",
        "income",
        "credit",
    ),
    Account(
        DISPOSAL_LOSS,
        "Rugi Pelepasan Aset Tetap",
        "Loss on disposal of fixed assets",
        "expense",
        "debit",
    ),
)
DEFAULT_CHART = (*DEFAULT_CHART, *I14GUI_ACCOUNTS)
