<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name>AccountingPage</name>
    <message>
      <source>Assets &amp; adjustments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fixed assets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Allowance for doubtful loans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accrued loan service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chart of accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bought</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Life (months)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Acc. depreciation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Book value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Add asset…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>De&amp;preciate up to month…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Dispose / sell asset…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Reverse the disposal…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At the end of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Collectibility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Principal owed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Allowance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>P&amp;ost the allowance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Posting books the difference between what the loans call for and what account 1209 holds (Dr 5108, Cr 1209, or back when less is needed).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Post the a&amp;ccrual</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service fallen due and not yet paid on performing loans (lancar, kurang lancar): Dr 1203, Cr 4102 at the month end, reversed the next day so the repayment that pays it is not counted twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add acc&amp;ount…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accounts are added under 12, 21, 22, 41, 49 and 51; money, fixed assets and equity are kept by the book itself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Assets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Liabilities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Equity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Income</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expenses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Current (lancar)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Substandard (kurang lancar)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Doubtful (diragukan)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loss (macet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accrual at %1 already posted.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Due and unpaid at %1: %2 on %n loan(s)</source>
      <translation>
        <numerusform>Due and unpaid at %1: %2 on %n loan</numerusform>
        <numerusform>Due and unpaid at %1: %2 on %n loans</numerusform>
      </translation>
    </message>
    <message>
      <source>In use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disposed %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total in use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 %2: sold for %3, %4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>gain %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>loss %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no gain or loss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Depreciation is posted as of %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No fixed assets yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Booked in 1209 at %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Adjustment to post: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Allowance to release: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The allowance is right: nothing to post.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 recorded: %2, %3</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Depreciation posted: %n month(s), %1</source>
      <translation>
        <numerusform>Depreciation posted: %n month, %1</numerusform>
        <numerusform>Depreciation posted: %n months, %1</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 disposed of on %2: book value %3, proceeds %4.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reverse the disposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why is the disposal of %1 reversed?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The disposal of %1 is reversed; it is depreciated again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Post the allowance at %1: %2?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Allowance posted: 1209 now holds %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Post %1 of loan service accrued at %2, reversed on %3?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accrual posted: %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account %1 %2 added.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AddAccountDialog</name>
    <message>
      <source>Add an account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Under</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receivables (current assets)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Current liabilities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Long-term liabilities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Operating income</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other income</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expenses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Money (11xx), fixed assets (13xx) and equity (3xxx) are kept by the book itself: no account is added there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Adding the account…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AddAssetDialog</name>
    <message>
      <source>Add a fixed asset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Bought on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Useful &amp;life (months)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Residual value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Paid from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash (Kas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Depreciated straight-line each month, from the month after it was bought.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recording the asset…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Koperasi met an unexpected error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something unexpected went wrong. Your book is safe: every saved operation is complete. The details are in this file; please send it to the person who helps you with Koperasi:

%1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AuditLogDialog</name>
    <message>
      <source>Audit log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;User</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Operation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everyone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Operation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rows written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n record(s) shown (newest first, at most %1).</source>
      <translation>
        <numerusform>%n record shown (newest first, at most %1).</numerusform>
        <numerusform>%n records shown (newest first, at most %1).</numerusform>
      </translation>
    </message>
    <message>
      <source>Audit chain head: code %1 (record %2). Reports print this code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The audit log is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking the book…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n problem(s) found.</source>
      <translation>
        <numerusform>%n problem found.</numerusform>
        <numerusform>%n problems found.</numerusform>
      </translation>
    </message>
    <message>
      <source>All %1 checks hold; the audit chain is intact.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PROBLEM</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackupSettingsDialog</name>
    <message>
      <source>Backup settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup &amp;folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Second folder (USB)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back up by itself: when the app closes and once a day while it is open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each backup is checked after it is written. Kept: the last of each of 7 days, 4 weeks and 12 months. Leave the second folder empty if you have no USB drive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a folder</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BookRunner</name>
    <message>
      <source>Please wait</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CancelDialog</name>
    <message>
      <source>Reverse sale %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reversing sale &lt;b&gt;%1&lt;/b&gt; posts a reversing entry: gross %2, fee %3, costs %4, net to members &lt;b&gt;%5&lt;/b&gt;. Its %6 deliveries go back to the open pool. The sale keeps its number and shows VOID.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Reverse sale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Void slip %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voiding slip &lt;b&gt;%1&lt;/b&gt; of %2: the share of &lt;b&gt;%3&lt;/b&gt; is unpaid again, the deductions of %4 are given back and the %5 paid out comes back. The slip keeps its number and prints VOID.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Void slip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Reason (required)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reversing the sale…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voiding the slip…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CashEntryDialog</name>
    <message>
      <source>Other income</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expense</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Amount (Rp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>D&amp;escription</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. interest for October</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. printer paper and ink</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Received into</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Paid from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kas (cash)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bought by &amp;member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Optional: the member who bought (e.g. fertiliser), counted as their purchases from the cooperative for the SHU.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none (not a member's purchase)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Balance now: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CashPage</name>
    <message>
      <source>Cash book</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash book (Kas and Bank)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>KAS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>BANK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>IN, THIS PERIOD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OUT, THIS PERIOD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This &amp;month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Last month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1101 Kas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1102 Bank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Print cash book…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Movements and balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vouchers (bukti kas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>+ &amp;Income…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>− &amp;Expense…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kas ⇄ &amp;Bank…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Honorarium (PPh 21)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Void voucher…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a voucher on the Vouchers tab first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voucher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kas / Bank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The period ends before it starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Balances as of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opening balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closing balance (totals of the period)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Income</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expense</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Honorarium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Void</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voided on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voided by %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Posted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Book closed up to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Void voucher %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why is %1 voided? A new voucher reverses it today.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Void voucher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Void %1 (%2, %3)? This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ClosingShuPage</name>
    <message>
      <source>Closing &amp; SHU</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reserve (cadangan)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Members, for their transactions (jasa usaha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Members, for their capital (jasa modal)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Board fund</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Staff fund</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Education fund</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Social fund</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closing the books &amp; the annual surplus (SHU)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Period closing (tutup buku)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close &amp;up to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End of last &amp;month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End of last &amp;year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note, e.g. checked by the supervisor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Close the book…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Once closed, nothing dated on or before that day can be posted, changed or voided, and the closing cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annual surplus (SHU)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RAT &amp;report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Split by the statutes (AD/ART)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Income of the year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expenses of the year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Surplus (SHU)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save percentages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>U&amp;ndo changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find a member; Enter ticks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select &amp;all unpaid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select n&amp;one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pay &amp;on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pay in &amp;cash…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Credit to &amp;sukarela…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pay by &amp;bank transfer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transfer reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Optional: the member's bank account or the transfer note, kept with the payment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Computing the SHU…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing is closed yet: every date is open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The book is &lt;b&gt;closed up to %1&lt;/b&gt;.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last closing: %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Posted&lt;/b&gt; with entries %1 and %2; the book is closed up to 31/12/%3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The year is not over: these figures are a preview so far.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No surplus to distribute for this year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not posted yet: check the preview, then post it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closed: the split waits for the RAT's decision (above); the list below is a preview by the statutes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This year is split as the RAT decides (above), then paid below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Decided by the RAT: %1 to members, of which %2 paid so far.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The percentages add up to %1, not 100 %.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changed: save the percentages to see the SHU they give.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Post the SHU of %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Posted: %1 to members, of which %2 paid so far.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save valid percentages before posting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The SHU of a year is posted once the year is over.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no surplus to post.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The book is closed up to %1, so this year can no longer be posted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Posting closes the year's income and expenses into the SHU, credits each part and each member, and closes the book up to 31 December.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n member(s) selected: &lt;b&gt;%1&lt;/b&gt;</source>
      <translation>
        <numerusform>%n member selected: &lt;b&gt;%1&lt;/b&gt;</numerusform>
        <numerusform>%n members selected: &lt;b&gt;%1&lt;/b&gt;</numerusform>
      </translation>
    </message>
    <message>
      <source>Close the book up to %1?

Nothing dated on or before %1 can be posted, changed or voided afterwards. This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close the book</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Post the SHU of %1: surplus %2, of which %3 to %4 members?

%5

The year's income and expenses are closed into the SHU and the book is closed up to 31/12/%1. This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Post the SHU</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Posting the SHU…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Pay %n member(s) their SHU of %1 in cash, %2 in all, on %3?</source>
      <translation>
        <numerusform>Pay %n member their SHU of %1 in cash, %2 in all, on %3?</numerusform>
        <numerusform>Pay %n members their SHU of %1 in cash, %2 in all, on %3?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Pay %n member(s) their SHU of %1 by bank transfer, %2 in all, on %3?</source>
      <translation>
        <numerusform>Pay %n member their SHU of %1 by bank transfer, %2 in all, on %3?</numerusform>
        <numerusform>Pay %n members their SHU of %1 by bank transfer, %2 in all, on %3?</numerusform>
      </translation>
    </message>
    <message>
      <source>Reference: %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Credit the SHU of %1 to the voluntary savings of %n member(s), %2 in all, on %3?</source>
      <translation>
        <numerusform>Credit the SHU of %1 to the voluntary savings of %n member, %2 in all, on %3?</numerusform>
        <numerusform>Credit the SHU of %1 to the voluntary savings of %n members, %2 in all, on %3?</numerusform>
      </translation>
    </message>
    <message>
      <source>Pay SHU</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paying…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RAT report %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preparing the RAT report…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CollectDialog</name>
    <message>
      <source>Receive payment: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Into</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash (Kas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Receive…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Buyer: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sale %1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receivable: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outstanding: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Age: %1 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receive %1 from %2 for sale %3 into %4 on %5?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receive payment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recording the payment…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CommoditiesPage</name>
    <message>
      <source>Commodities and service fees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What members deliver, and the cooperative's fee on each sale of it: a percentage of the gross, or rupiah per kg sold.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commodity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fee as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quality (KKK)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Add commodity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tick Quality for a commodity weighed with a quality factor, such as rubber's dry rubber content (KKK). More commodities can be added later under Settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>% of the gross</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rp per kg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Row %1: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the commodity's name is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is listed twice.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CommodityCard</name>
    <message numerus="yes">
      <source>delivered this month · %n delivery(ies)</source>
      <translation>
        <numerusform>delivered this month · %n delivery</numerusform>
        <numerusform>delivered this month · %n deliveries</numerusform>
      </translation>
    </message>
    <message>
      <source>Sold this month</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%1 · %2 (%n sale(s))</source>
      <translation>
        <numerusform>%1 · %2 (%n sale)</numerusform>
        <numerusform>%1 · %2 (%n sales)</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sold yet</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%1 · %n delivery(ies)</source>
      <translation>
        <numerusform>%1 · %n delivery</numerusform>
        <numerusform>%1 · %n deliveries</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CommodityDialog</name>
    <message>
      <source>Edit commodity %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New commodity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service &amp;fee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quality factor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. Kopi, Gabah, Kakao</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>% of the gross</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rp per kg sold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deliveries have a quality factor (such as KKK)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In use (inactive commodities take no new deliveries)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CommodityPage</name>
    <message>
      <source>Commodity and sale date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The sale pools every open delivery of the commodity dated on or before the sale date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Commodity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sale &amp;date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (fee %2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Looking for open deliveries…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ready to be pooled: %1 from %2, %3 net.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n open delivery(s)</source>
      <translation>
        <numerusform>%n open delivery</numerusform>
        <numerusform>%n open deliveries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n member(s)</source>
      <translation>
        <numerusform>%n member</numerusform>
        <numerusform>%n members</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ConfirmPage</name>
    <message>
      <source>Confirm the sale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check the figures. Nothing has been saved yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Settle sale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settling saves the sale, marks the pooled deliveries as sold and posts the journal entry, all at once. A settled sale cannot be changed afterwards.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash (Kas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Buyer still owes it (receivable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commodity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sale date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Buyer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deliveries pooled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 from %2, %3</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n delivery(s)</source>
      <translation>
        <numerusform>%n delivery</numerusform>
        <numerusform>%n deliveries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n member(s)</source>
      <translation>
        <numerusform>%n member</numerusform>
        <numerusform>%n members</numerusform>
      </translation>
    </message>
    <message>
      <source>Sold weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>agreed total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gross</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cooperative fee (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Costs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Net to members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Money received into</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settling the sale…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <source>Correct delivery %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The old values and the reason are kept in its history.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Reason for the correction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. the scale was read wrongly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Net weight: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving the correction…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>Home</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Reload</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CASH (KAS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>BANK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>NOT YET PAID TO MEMBERS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OWED BY BUYERS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>VOLUME AND AVERAGE PRICE, LAST 12 MONTHS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Adding up the figures…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Balance of account 1101 Kas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Balance of account 1102 Bank</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n member(s) waiting for their share</source>
      <translation>
        <numerusform>%n member waiting for their share</numerusform>
        <numerusform>%n members waiting for their share</numerusform>
      </translation>
    </message>
    <message>
      <source>Every share has been paid</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n sale(s) to collect, the oldest %1 days</source>
      <translation>
        <numerusform>%n sale to collect, the oldest %1 days</numerusform>
        <numerusform>%n sales to collect, the oldest %1 days</numerusform>
      </translation>
    </message>
    <message>
      <source>Buyers owe nothing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>THIS MONTH PER COMMODITY (%1)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>Today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Put the book's today in the date</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DeliveriesPage</name>
    <message>
      <source>Deliveries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weigh a delivery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Net weight:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print receipt after saving</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save (Ctrl+Enter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter in the last field saves too</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear (Esc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Empty the form without saving</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back to today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deliveries of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tod&amp;ay</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Co&amp;rrect…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vo&amp;id…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pri&amp;nt receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Histor&amp;y</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n delivery(ies)</source>
      <translation>
        <numerusform>%n delivery</numerusform>
        <numerusform>%n deliveries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n void</source>
      <translation>
        <numerusform>%n void</numerusform>
        <numerusform>%n void</numerusform>
      </translation>
    </message>
    <message>
      <source>No deliveries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving the delivery…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear the form?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Empty what is typed for this weighing? Nothing has been saved yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Back-dated entry:&lt;/b&gt; deliveries are recorded on %1, not today. The date stays for the next farmers until you go back to today.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receipt %1 sent to the thermal printer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved: %1 — %2, %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Corrected: %1 — %2, %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voided: %1 — %2, %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Void delivery %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why is %1 (%2, %3) voided? The receipt keeps its number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voiding…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DeliveryDialogs</name>
    <message>
      <source>Receipt %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preparing the receipt…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DeliveryForm</name>
    <message>
      <source>&amp;Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Commodity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Gross weight (kg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deduction (&amp;kg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deduction (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quality, KKK (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Plot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type part of a name or number…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. 120,5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only for commodities with a quality factor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Take (F2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Take the scale's weight once it is stable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type part of the member's name or number and pick them from the list.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n members match; pick one from the list.</source>
      <translation>
        <numerusform>%n members match; pick one from the list.</numerusform>
        <numerusform>%n members match; pick one from the list.</numerusform>
      </translation>
    </message>
    <message>
      <source>No active member matches “%1”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no commodity to choose; add one first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the quality (KKK) of %1 in percent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No mapped plot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No mapped plot (untraceable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A delivery without a mapped plot cannot go into a traceable lot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waiting for the scale…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The weight is not stable yet; wait until the scale settles.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The scale shows no load; put the delivery on the scale.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No weight from the scale: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not today: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DeliveryTableModel</name>
    <message>
      <source>Sold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Void</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moisture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dirt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commodity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gross (kg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deductions (kg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Net (kg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Entered %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weight typed by hand, not taken from the scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plot: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DepreciateDialog</name>
    <message>
      <source>Nothing left to post up to this month.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>To post: %n month(s) (%1), %2</source>
      <translation>
        <numerusform>To post: %n month (%1), %2</numerusform>
        <numerusform>To post: %n months (%1), %2</numerusform>
      </translation>
    </message>
    <message>
      <source>Post depreciation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Up to &amp;month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Posts every month not yet posted, up to and including this one (a month is posted once it is over).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Post</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Posting depreciation…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DevicesBox</name>
    <message>
      <source>Scale and thermal printer (this PC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scale &amp;port</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Baud</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Parity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Data bits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Thermal printer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Roll width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yaohua XK3190-A9 / Keli XK3118K9</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yaohua XK3190-A12 / A12E</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A&amp;D AD-4402 / 4406 / 4329</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other: a number and kg per line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None (N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Even (E)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Odd (O)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>58 mm (32 columns)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>80 mm (48 columns)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>empty: weights are typed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>empty: receipts as PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Most Yaohua and Keli indicators send 9600 8N1, A&amp;D 2400 7E1. The printer is a device (/dev/usb/lp0), cups:QUEUE, win:PRINTER NAME or address:port (192.168.1.50:9100).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save &amp;devices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print &amp;test page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Try the scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read the scale with these settings for a few seconds, saving nothing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the scale's port first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading the scale…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Test page sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Printing…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Something unexpected went wrong; the book was not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot do that</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A reason is required; nothing was changed. Write why, or press Cancel.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DisposeDialog</name>
    <message>
      <source>Dispose of asset %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 %2: cost %3, bought %4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Sold for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>0 when written off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Into</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash (Kas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Dispose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>gain %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>loss %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no gain or loss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Book value when it leaves: %1; %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dispose of %1 on %2 for %3? %4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dispose of asset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recording the disposal…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DonePage</name>
    <message>
      <source>Sale settled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Print settlement sheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pay the &amp;members now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;p style='font-size:16px'&gt;Sale &lt;b&gt;%1&lt;/b&gt; is saved.&lt;/p&gt;&lt;p&gt;%2 of the gross %3 is now owed to %4. Print the settlement sheet for the notice board, then pay the members on the Payouts screen.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n member(s)</source>
      <translation>
        <numerusform>%n member</numerusform>
        <numerusform>%n members</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExportButton</name>
    <message>
      <source>Export to E&amp;xcel…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This list as an Excel workbook (Ctrl+E)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export to Excel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deliveries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sales with members' shares</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Payouts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Savings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loans and kasbon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loan schedules</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash book</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trial balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ledger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SHU list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RAT statements (neraca, operations, cash flow, equity)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Writing the workbook…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FigureCard</name>
    <message>
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <source>Where to keep the book</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The whole book is one file. Keep it in a folder you back up, and copy it to a flash drive now and then.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cooperative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First member number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commodities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose where to save the book.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is a file, not a folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the new book as</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <source>&amp;Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Treasurer's guide</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>History of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Corrected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commodity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gross weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deductions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Net weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HonorariumDialog</name>
    <message>
      <source>Pay a honorarium (PPh 21 withheld)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Recipient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>NIK / &amp;NPWP</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>empty: none (the tax is 120 %)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Gross</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tax base</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PPh 21 withheld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Net paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not an employee (pengurus, speaker)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pengawas, not an employee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash (Kas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Pay…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the gross to see the tax and the net.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> × 120 % (no NIK/NPWP)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pay a honorarium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pay %1 net to %2 from %3 on %4, withholding PPh 21 of %5?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recording the honorarium…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bukti potong %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LeaveDialog</name>
    <message>
      <source>Leave the cooperative: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Date of leaving</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Savings refunded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In cash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By bank transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kept as a payable (statutes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Leave and print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Savings: pokok %1, wajib %2, sukarela %3 = %4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Less %1: principal %2, service %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refunded in cash: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refunded by bank transfer: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Owed to the member (payable): %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The savings do not cover the loans: %1 must be repaid first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 %2 leaves the cooperative on %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From that day the member receives no SHU. This cannot be undone. Go on?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave the cooperative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recording the leaving…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LoanDialog</name>
    <message>
      <source>Kasbon or loan to a member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Amount (Rp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Paid out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>P&amp;urpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. fertiliser, school fees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Terms of the loan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service &amp;charge a month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;On</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A kasbon is an advance against the next harvest: no term and no service charge; all of it is deducted from the member's next payout.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pinjaman (loan in monthly installments)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kasbon (advance, repaid at the next payout)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In cash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By bank transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the amount lent (flat)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the principal still owed (declining)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the principal still owed, equal installments (annuity)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Principal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Installment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Principal left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pay out and print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No open loans.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: %2 owed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open loans: %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n installment(s), the first %1 on %2; repaid in all %3 (service charge %4).</source>
      <translation>
        <numerusform>%n installment, the first %1 on %2; repaid in all %3 (service charge %4).</numerusform>
        <numerusform>%n installments, the first %1 on %2; repaid in all %3 (service charge %4).</numerusform>
      </translation>
    </message>
    <message>
      <source>Effective rate %1 a year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the amount to see the installment plan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Log in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The book %1 has users. Type your name and password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Log &amp;in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type your name and your password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking the password…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrong name or password; try again.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LotTraceDialog</name>
    <message>
      <source>Lot trace %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export EUDR &amp;GeoJSON…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save trace &amp;sheet (PDF)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Excel…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Area (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deliveries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Net weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Share of lot</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Not fully traceable: %n delivery(ies) without a mapped plot; the EUDR GeoJSON cannot be made.</source>
      <translation>
        <numerusform>Not fully traceable: %n delivery without a mapped plot; the EUDR GeoJSON cannot be made.</numerusform>
        <numerusform>Not fully traceable: %n deliveries without a mapped plot; the EUDR GeoJSON cannot be made.</numerusform>
      </translation>
    </message>
    <message>
      <source>Fully traceable: every delivery has a mapped plot.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export EUDR GeoJSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save trace sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save trace sheet (Excel)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Koperasi — cooperative bookkeeping</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New book…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Open book…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the &amp;demo book</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Close book</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Move in from the old books…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Export to Excel…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Transactions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New &amp;delivery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New &amp;sale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Pay members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New &amp;member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Savings &amp;deposit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Kasbon or loan…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loan &amp;repayment…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash-book &amp;expense…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Treasurer's &amp;guide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;About Koperasi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opening the book…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open book</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Making the demo book…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Book: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No book open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Log file: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database version: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About Koperasi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Koperasi %1
Bookkeeping for village farmers' cooperatives.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MemberDialog</name>
    <message>
      <source>Edit member %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>N&amp;IK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Gender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Village</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Joined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Male (L)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Female (P)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>16 digits, optional</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MemberMoneyTab</name>
    <message>
      <source>Print &amp;receipt…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Void receipt…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print &amp;installment plan…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Savings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Terms</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Still owed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next installment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Principal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Installment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pokok</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wajib</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sukarela</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Void of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deducted, slip %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From SHU</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>voided by %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kasbon, at the next payout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>flat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>declining</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 months at %2 a month, %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Simpanan pokok &lt;b&gt;%1&lt;/b&gt; · wajib &lt;b&gt;%2&lt;/b&gt; · sukarela &lt;b&gt;%3&lt;/b&gt; · loans owed &lt;b&gt;%4&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>wajib %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>installments %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in arrears: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kasbon and loans still owed &lt;b&gt;%1&lt;/b&gt; · due now &lt;b&gt;%2&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No kasbon or loan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Repaid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: a kasbon is deducted whole from the next payout.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Installments of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Upcoming</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Void receipt %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why is %1 voided? A new receipt for the opposite amount is made today.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Void receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Void %1 (%2)? This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MemberPage</name>
    <message>
      <source>Member %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit details…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave the cooperati&amp;ve…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pay &amp;kept savings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>NIK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Village</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Joined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shares of sales</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not yet paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not yet sold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Deliveries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Sale shares</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Payouts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sa&amp;vings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Kasbon &amp;&amp; loans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plo&amp;ts and map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commodity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Net weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Part</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deliveries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid with slip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deductions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Member statement (rekening anggota)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Print member statement…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Void</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Male (L)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Female (P)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Left on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inactive</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n sale(s)</source>
      <translation>
        <numerusform>%n sale</numerusform>
        <numerusform>%n sales</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n slip(s)</source>
      <translation>
        <numerusform>%n slip</numerusform>
        <numerusform>%n slips</numerusform>
      </translation>
    </message>
    <message>
      <source>deductions %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>owed to the member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>nothing owed</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n open delivery(ies)</source>
      <translation>
        <numerusform>%n open delivery</numerusform>
        <numerusform>%n open deliveries</numerusform>
      </translation>
    </message>
    <message>
      <source>not yet paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The period ends before it starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Member statement %1, %2 to %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preparing the statement…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exit statement %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preparing the exit statement…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MemberPicker</name>
    <message>
      <source>Type a member number or name</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MemberTableModel</name>
    <message>
      <source>Number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>NIK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Village</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Joined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inactive</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MembersPage</name>
    <message>
      <source>Members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search name, number, NIK or village…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inactive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Add member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deac&amp;tivate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Member &amp;page</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n member(s)</source>
      <translation>
        <numerusform>%n member</numerusform>
        <numerusform>%n members</numerusform>
      </translation>
    </message>
    <message>
      <source>Deactivate member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deactivate %1 (%2)? Their records are kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No member matches “%1”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MoneyPrinting</name>
    <message>
      <source>Preparing the document…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receipt %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loan %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bank book %1 to %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash book %1 to %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MovingInWizard</name>
    <message>
      <source>Move in from the old books</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excel (.xlsx) or CSV file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save template…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import only the good rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What to import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start date (opening balances)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Post &amp;opening balances</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Post the opening balances</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The member list: number, name, NIK, village, date joined.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each member's simpanan pokok, wajib and sukarela, and the wajib arrears up to last month.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loans and kasbon still owed: remaining principal and terms.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sales made in the old books, each member's share and the date it was paid (empty when not yet paid).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Old sales and members' shares</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SHU of past years not yet paid to members.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deliveries weighed but not yet sold (if any).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The account balances of the last balance sheet (neraca).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When no difference is left, post the opening balances on the start date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Differences left before the opening:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opening savings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outstanding loans and kasbon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account balances (neraca)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SHU of past years not yet paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deliveries not yet sold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excel or CSV (*.xlsx *.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading the file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>new</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>refused</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewBookWizard</name>
    <message>
      <source>New book</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Create the book</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Creating the book…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PayExitDialog</name>
    <message>
      <source>Pay kept savings: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash (Kas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Pay…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Savings still owed to the member (2110): %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pay %1 to %2 from %3 on %4?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pay kept savings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recording the payment…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PayoutTableModel</name>
    <message>
      <source>Wajib</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kasbon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deducted from the share in this order: wajib in arrears, kasbon, loan installments due; each as far as the share goes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due %1, deducted %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(principal %1, service %2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 stays owed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PayoutsPage</name>
    <message>
      <source>Payouts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pay members their shares</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Sale:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only sales with unpaid shares</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find a member; Enter ticks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select &amp;all unpaid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select &amp;none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Payment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>P&amp;rint slips of this sale…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Void slip…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n unpaid</source>
      <translation>
        <numerusform>%n unpaid</numerusform>
        <numerusform>%n unpaid</numerusform>
      </translation>
    </message>
    <message>
      <source>all paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No settled sale to pay yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 sold to %2 on %3: net &lt;b&gt;%4&lt;/b&gt; for %5 members, %6 of them paid.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shares &lt;b&gt;%1&lt;/b&gt; · paid &lt;b&gt;%2&lt;/b&gt; · unpaid &lt;b&gt;%3&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>deductions &lt;b&gt;%1&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n member(s) selected: &lt;b&gt;%1&lt;/b&gt;</source>
      <translation>
        <numerusform>%n member selected: &lt;b&gt;%1&lt;/b&gt;</numerusform>
        <numerusform>%n members selected: &lt;b&gt;%1&lt;/b&gt;</numerusform>
      </translation>
    </message>
    <message>
      <source>paid out after deductions &lt;b&gt;%1&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Pay selected</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Pay %n member(s) their shares of sale %1, %2 in all, by %3 on %4?</source>
      <translation>
        <numerusform>Pay %n member their shares of sale %1, %2 in all, by %3 on %4?</numerusform>
        <numerusform>Pay %n members their shares of sale %1, %2 in all, by %3 on %4?</numerusform>
      </translation>
    </message>
    <message>
      <source>The rules deduct %1 (wajib, kasbon, loan installments); %2 is paid out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pay members</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Paid %n member(s) with slips %1 to %2. Print the slips now?</source>
      <translation>
        <numerusform>Paid %n member with slips %1 to %2. Print the slips now?</numerusform>
        <numerusform>Paid %n members with slips %1 to %2. Print the slips now?</numerusform>
      </translation>
    </message>
    <message>
      <source>Print slips</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paying…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Payout slips from %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Payout slips of sale %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n slip(s) sent to the thermal printer</source>
      <translation>
        <numerusform>%n slip sent to the thermal printer</numerusform>
        <numerusform>%n slips sent to the thermal printer</numerusform>
      </translation>
    </message>
    <message>
      <source>Printing the slips…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preparing the slips…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <source>&amp;Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save as PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlotsTab</name>
    <message>
      <source>Plot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Area (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Planted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e-STDB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No mapped plot: this member's deliveries are untraceable.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Polygon</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Plurals</name>
    <message numerus="yes">
      <source>Total: %n member(s)</source>
      <translation>
        <numerusform>Total: %n member</numerusform>
        <numerusform>Total: %n members</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unpaid</source>
      <translation>
        <numerusform>%n unpaid</numerusform>
        <numerusform>%n unpaid</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PoolPage</name>
    <message>
      <source>Deliveries in the pool</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every open %1 delivery dated on or before %2. Untick a delivery to leave it for a later sale.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select &amp;all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select &amp;none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only deliveries from mapped &amp;plots (traceable lot)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every delivery in the pool comes from a mapped plot.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n delivery(ies) without a mapped plot left for a later sale.</source>
      <translation>
        <numerusform>%n delivery without a mapped plot left for a later sale.</numerusform>
        <numerusform>%n deliveries without a mapped plot left for a later sale.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n delivery(ies) without a mapped plot: the lot will not be fully traceable.</source>
      <translation>
        <numerusform>%n delivery without a mapped plot: the lot will not be fully traceable.</numerusform>
        <numerusform>%n deliveries without a mapped plot: the lot will not be fully traceable.</numerusform>
      </translation>
    </message>
    <message>
      <source>&lt;b&gt;%1&lt;/b&gt; of %2 deliveries · &lt;b&gt;%3&lt;/b&gt; members · &lt;b&gt;%4&lt;/b&gt; net</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> · %1 dry-weight equivalent</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PoolTableModel</name>
    <message>
      <source>Receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Net weight (kg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Equivalent (kg)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PrefixPage</name>
    <message>
      <source>Member numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every member gets a number made of a short prefix and a running number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Prefix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Example</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 to 6 letters or digits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use the cooperative's initials, for example LJ for Lembah Jaya. The prefix can be changed later; members keep the numbers they already have.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Profile</name>
    <message>
      <source>Cooperative's &amp;name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Village</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;District (kecamatan)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Regency (kabupaten)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Province</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re&amp;gistration no. (badan hukum)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Chairman</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Treasurer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>P&amp;hone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. Koperasi Produsen Tani Lembah Jaya</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Street and number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. AHU-0001234.AH.01.26.TAHUN 2021</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProfilePage</name>
    <message>
      <source>The cooperative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As it will print at the top of every receipt, slip and report. Only the name is required; the rest can be filled in later under Settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The cooperative's name is required.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RepayDialog</name>
    <message>
      <source>Loan repayment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Loan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Amount (Rp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What is &amp;due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pay &amp;off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In cash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By bank transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save and print &amp;receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>kasbon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pinjaman</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This member has no open loan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Principal still owed &lt;b&gt;%1&lt;/b&gt;; due now %2 (principal %3, service %4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next installment %1 on %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The loan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trial balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every account's debits and credits up to a date. Total debits must equal total credits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>General journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every journal entry of a period, with its accounts, debits and credits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Member register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every member with number, NIK, village, join date and status.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settlement of a sale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A sale's figures and every member's share of it, with room for each member to sign.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Payout slips</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The slips members signed when paid their share of a sale, one a page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delivery receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The receipt (nota timbang) of one weighing, to print again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Member statement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A member's deliveries, shares and payouts in a period, and what the cooperative owes them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Preview and print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;As of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Debit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Credit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Members who left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Sale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No sale has been settled yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Date weighed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Receipt no.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search name, number, NIK or village…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A6</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>80 mm roll</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prints on %1 (change it under Settings → Paper).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Balanced as of %1: total debits = total credits = %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>NOT balanced as of %1: debits and credits differ by %2. Run the book check and tell whoever keeps the program.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No deliveries were weighed on this day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The period ends before it starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No member has been paid from this sale yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preparing %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trial balance as of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>General journal %1 to %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settlement of sale %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Payout slips of sale %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delivery receipt %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Member statement %1, %2 to %3</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Restore from a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backups in %1. Restoring makes a NEW book file; the open book is not touched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Made on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total debit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Audit code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose another &amp;file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What the backup holds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Restore into a new file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Open the restored book</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>NO</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This backup did not pass its check: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No backup chosen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No backup found here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Made on: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Members: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trial balance: debit %1, credit %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last journal entry: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Audit code: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check: passed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check: FAILED</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore into a new book file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That is the open book; a backup is restored into a new file only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restoring…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored into %1: %2 members, debit %3 = credit %4.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <source>treasurer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>chair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>supervisor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>weighing clerk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You are logged in as %1: a supervisor may read, not write.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your role (%1) may not do this.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RupiahEdit</name>
    <message>
      <source>e.g. 1.250.000</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Safety</name>
    <message>
      <source>User: %1 (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Back up now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Restore from a backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup &amp;settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Audit log…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backing up…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup saved and verified: %1 (%2, %3 members).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy also in %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The second folder %1 is not there (USB drive not plugged in?).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backing up before closing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This book has no verified backup in %1. Make one now: File → Back up now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The last verified backup is from %1, %2 days ago. Make one now: File → Back up now.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SaleTableModel</name>
    <message>
      <source>Number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commodity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Buyer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sold (kg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gross (Rp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fee (Rp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Costs (Rp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Net (Rp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deliveries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Traceable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>VOID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fully</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every delivery of the lot came from a mapped plot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Some deliveries of the lot have no mapped plot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 of %2 members paid</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SaleWizard</name>
    <message>
      <source>Settlement sheet %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preparing the settlement sheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New collective sale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Settle sale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discard this sale?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing has been saved yet. Close the wizard and discard what you typed?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SalesPage</name>
    <message>
      <source>Sales</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Collective sales</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search sale number or buyer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All commodities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All sales</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>With unpaid shares</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New sale…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Print settlement sheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pa&amp;y members…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lot &amp;trace…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re&amp;verse sale…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receive pay&amp;ment…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n sale(s)</source>
      <translation>
        <numerusform>%n sale</numerusform>
        <numerusform>%n sales</numerusform>
      </translation>
    </message>
    <message>
      <source>Sale details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a sale to see its figures.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sale %1 · %2 · %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash (Kas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Buyer still owes it (receivable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>VOID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deliveries pooled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pooled weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sold weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shrinkage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Price per kg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agreed total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gross</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cooperative fee (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Costs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Net to members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received into</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SavingsDialog</name>
    <message>
      <source>Withdraw voluntary savings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Savings deposit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Savings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Amount (Rp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>N&amp;ote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>optional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Simpanan pokok (principal, once)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Simpanan wajib (mandatory, monthly)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Simpanan sukarela (voluntary)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In cash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By bank transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save and print &amp;receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pay out and print &amp;receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Now: pokok %1 · wajib %2 · sukarela %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wajib in arrears: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voluntary savings available: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The principal savings are paid already.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SavingsLoansPage</name>
    <message>
      <source>Savings &amp; loans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Savings &amp;rules…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find a member by number, name or village…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind with wajib</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>With a loan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>With installments due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Deposit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Withdraw…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Kasbon / loan…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Repay loan…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Member &amp;page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SIMPANAN POKOK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SIMPANAN WAJIB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SIMPANAN SUKARELA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LOANS OUTSTANDING</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>IN ARREARS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As of %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n member(s) with a balance</source>
      <translation>
        <numerusform>%n member with a balance</numerusform>
        <numerusform>%n members with a balance</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n member(s) owing</source>
      <translation>
        <numerusform>%n member owing</numerusform>
        <numerusform>%n members owing</numerusform>
      </translation>
    </message>
    <message>
      <source>wajib %1
installments %2</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n member(s)</source>
      <translation>
        <numerusform>%n member</numerusform>
        <numerusform>%n members</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 of %2 members</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SavingsSettingsDialog</name>
    <message>
      <source>Savings rules</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Simpanan &amp;pokok (once, Rp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Simpanan &amp;wajib a month (Rp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wajib is owed &amp;from the month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Deduct the wajib in arrears from members' payouts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Without a start month, each member owes the wajib from the month they joined. A payout deducts the wajib in arrears first, then kasbon, then loan installments due, each as far as the share goes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SavingsTableModel</name>
    <message>
      <source>Member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pokok</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wajib</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sukarela</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wajib in arrears</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loans outstanding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Installments due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No longer an active member</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The cooperative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Member numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>P&amp;refix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New members get numbers with this prefix. Members keep the numbers they already have.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save &amp;prefix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Choose logo…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove lo&amp;go</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A PNG or JPEG picture, printed beside the name on every document.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commodities and service fees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commodity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service fee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Add commodity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit commodity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delivery &amp;receipts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Payout s&amp;lips</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pri&amp;ntouts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The window's language is kept on this computer; the printouts' language is kept in the book, so every computer prints the same.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A5 (half of A4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A6 (quarter of A4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>80 mm roll (thermal printer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The cooperative's name is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Profile saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Example: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prefix saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the cooperative's logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pictures (*.png *.jpg *.jpeg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is not a picture that can be read: choose a PNG or JPEG file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>KKK / quality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not in use</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ShareTableModel</name>
    <message>
      <source>Transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deliveries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Net weight (kg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slip %1, %2, paid %3 by %4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unpaid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid · %1 · %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All paid</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ShuMixDialog</name>
    <message>
      <source>Jasa anggota by a mix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each member's share of jasa anggota weighs their part of each basis by the percent given to it. The percents total 100 %.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Sale proceeds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Loan service paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Purchases from the cooperative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Keep it as the statutes' basis for later years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The percents total %1, not 100 %.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ShuTableModel</name>
    <message>
      <source>Member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transactions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pokok + wajib</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jasa usaha</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jasa modal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SHU</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>to sukarela</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not posted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unpaid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>all paid</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TermsPage</name>
    <message>
      <source>Buyer, price and costs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The preview on the right is computed by the book exactly as settling will compute it. Nothing is saved yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Buyer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Sold weight (kg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cooperative &amp;fee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Money received into</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sale c&amp;osts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. PT Remco Jambi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>as weighed by the buyer, e.g. 1.250,5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The buyer really weighed more than was pooled (negative shrinkage)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Price per kg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agreed total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. 12.500</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>rupiah</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commodity default: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Percent of gross (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rupiah per kg sold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash (Kas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Buyer still owes it (receivable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Amount (Rp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Add cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Remove cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gross</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cooperative fee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Costs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Net to members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pooled weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sold weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shrinkage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The cost's description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The amount of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The sold weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The price per kg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The agreed total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The fee percentage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The fee per kg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Computing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cooperative fee (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The buyer paid for %1 more than was pooled (negative shrinkage): check the weights, or tick the box to confirm it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 from %2 share the net in proportion to their weight%3.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n delivery(s)</source>
      <translation>
        <numerusform>%n delivery</numerusform>
        <numerusform>%n deliveries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n member(s)</source>
      <translation>
        <numerusform>%n member</numerusform>
        <numerusform>%n members</numerusform>
      </translation>
    </message>
    <message>
      <source> × quality</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TransferDialog</name>
    <message>
      <source>Move money between Kas and Bank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Move</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Amount (Rp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>D&amp;escription</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>optional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kas → Bank (cash deposited at the bank)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bank → Kas (cash drawn from the bank)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Now: Kas %1 · Bank %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VolumeChart</name>
    <message>
      <source>Delivered (kg net)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Average price (Rp/kg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disbun reference price (Rp/kg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>kg net</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rp per kg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disbun: %1/kg</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Bookkeeping for village farmers' cooperatives: members' deliveries, collective sales, and payouts every member can check down to the last rupiah.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Open a book…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose this to try things out first, on a made-up cooperative where nothing you do can harm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For a cooperative with old books to bring over; coming soon. Until then, start a new one and type in the balances.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open a book file kept on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Try the &amp;example book</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start a &amp;new cooperative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Move in from the old books</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose this when your cooperative starts its books in this program today.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose this when your cooperative already keeps its members and balances in a ledger or a spreadsheet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recent books</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No book has been opened on this computer yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Double-click a book, or select it and press Enter.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>YearEndBox</name>
    <message>
      <source>Reserve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jasa usaha</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jasa modal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Board</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Education</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Social</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Regional dev.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Year end and the members' meeting (RAT)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RAT &amp;date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attendin&amp;g</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Defi&amp;cit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>carry forward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cover from the reserve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Jasa anggota by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>jasa moda&amp;l by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mix…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jasa anggota by sale proceeds, loan service and purchases, weighted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Record the RAT decision…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A&amp;mend the decision…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sale proceeds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>loan service paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>purchases from the cooperative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mix: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>balance on 31 December</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>average of month-ends</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The year %1: closing and the members' meeting (RAT)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PRATINJAU</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The year %1 is not over: its SHU so far is %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The year %1 is not closed yet: its SHU is %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The year %1 was closed and its SHU of %2 split by the statutes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The year %1 is closed with a deficit of %2 (SHU negatif).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The year %1 is closed: SHU of %2 in SHU belum dibagi.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Close the year %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The year is closed once it is over; until then every figure is a preview.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closing moves the year's SHU into SHU belum dibagi (a deficit into SHU negatif) and closes the book up to 31 December; the RAT then decides its split.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Payment of this SHU has begun: the decision can no longer be amended.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Until the first payment, the decision can be amended: the old entry is reversed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the percentages as voted (they must total 100 %), then record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;RAT of %1&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 attending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>entry %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>amended %n time(s)</source>
      <translation>
        <numerusform>amended %n time</numerusform>
        <numerusform>amended %n times</numerusform>
      </translation>
    </message>
    <message>
      <source>the deficit of %1 is carried forward.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the deficit of %1 is covered from the reserve.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>earlier deficit covered %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The percentages add up to %1, not 100 %.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close the year %1 with an SHU of %2?

The SHU moves into SHU belum dibagi until the RAT decides its split, and the book is closed up to 31/12/%1. This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close the year %1 with a deficit of %2?

The deficit moves into SHU negatif until the RAT decides to cover or carry it, and the book is closed up to 31/12/%1. This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close the year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closing the year…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the SHU of %1 split as voted:
%2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jasa anggota by %1; jasa modal by %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record the RAT decision of %1 on the year %2: %3?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Amend the RAT decision on the year %2 as of %1: %3?

The standing decision's entry is reversed and the new one posted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RAT decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Posting the decision…</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>