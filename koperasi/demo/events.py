"""The exceptional events a treasurer meets, listed so that the demo shows a few of each.

Each event is simulated where it happens (the day loop), so that the demo stays fast and the
same for the same seed. EVENTS names them with where they live; the tests read it to find one
of each in a demo book. Events the book cannot record yet are listed in LATER: once their
service exists (a reversed sale, a voided payout slip, a member's leaving with the refund of
their savings), simulate them in the day loop and move them up into EVENTS.
"""

from __future__ import annotations

# name → where the simulation makes it happen
EVENTS: dict[str, str] = {
    "corrected_delivery": "harvest.Harvest._corrected (CORRECT_RATE of rubber receipts)",
    "voided_delivery": "harvest.Harvest._weigh (VOID_RATE, some weighed again)",
    "loan_in_arrears": "money.Money._arrears (one loan, two installments, then nothing)",
    "loss_month": "harvest.LOSS_MONTHS_AGO (a flood: little rubber, a low price)",
    "member_joins": "people.People._make_members (simpanan pokok on the day)",
    "reversed_sale": "corrections.corrections_today (a price keyed wrong, reversed, sold again)",
    "buyer_receivable": "corrections.corrections_today (the buyer pays half now, half later)",
    "voided_slip": "corrections.corrections_today (paid to the wrong account, voided, paid again)",
    "member_leaves": "corrections.a_member_leaves (moving away; savings refunded, no loan)",
}

# Not in the book yet: add the simulation when the service exists.
LATER: dict[str, str] = {}
