<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
  <context>
    <name>AccountingPage</name>
    <message>
      <source>Assets &amp; adjustments</source>
      <translation>Aset &amp; penyesuaian</translation>
    </message>
    <message>
      <source>Fixed assets</source>
      <translation>Aset tetap</translation>
    </message>
    <message>
      <source>Allowance for doubtful loans</source>
      <translation>Penyisihan piutang</translation>
    </message>
    <message>
      <source>Accrued loan service</source>
      <translation>Akrual jasa pinjaman</translation>
    </message>
    <message>
      <source>Chart of accounts</source>
      <translation>Bagan akun</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Nomor</translation>
    </message>
    <message>
      <source>Asset</source>
      <translation>Aset</translation>
    </message>
    <message>
      <source>Bought</source>
      <translation>Diperoleh</translation>
    </message>
    <message>
      <source>Life (months)</source>
      <translation>Umur (bln)</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Harga perolehan</translation>
    </message>
    <message>
      <source>Acc. depreciation</source>
      <translation>Akum. penyusutan</translation>
    </message>
    <message>
      <source>Book value</source>
      <translation>Nilai buku</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>&amp;Add asset…</source>
      <translation>Tambah &amp;aset…</translation>
    </message>
    <message>
      <source>De&amp;preciate up to month…</source>
      <translation>&amp;Susutkan sampai bulan…</translation>
    </message>
    <message>
      <source>&amp;Dispose / sell asset…</source>
      <translation>&amp;Lepas / jual aset…</translation>
    </message>
    <message>
      <source>&amp;Reverse the disposal…</source>
      <translation>Batal&amp;kan pelepasan…</translation>
    </message>
    <message>
      <source>At the end of</source>
      <translation>Per akhir bulan</translation>
    </message>
    <message>
      <source>Collectibility</source>
      <translation>Kolektibilitas</translation>
    </message>
    <message>
      <source>Loans</source>
      <translation>Pinjaman</translation>
    </message>
    <message>
      <source>Principal owed</source>
      <translation>Sisa pokok</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Tarif</translation>
    </message>
    <message>
      <source>Allowance</source>
      <translation>Penyisihan</translation>
    </message>
    <message>
      <source>P&amp;ost the allowance</source>
      <translation>Bukukan &amp;penyisihan</translation>
    </message>
    <message>
      <source>Posting books the difference between what the loans call for and what account 1209 holds (Dr 5108, Cr 1209, or back when less is needed).</source>
      <translation>Yang dibukukan adalah selisih antara penyisihan yang diperlukan pinjaman dan saldo akun 1209 (Dr 5108, Cr 1209, atau sebaliknya bila yang diperlukan lebih kecil).</translation>
    </message>
    <message>
      <source>Post the a&amp;ccrual</source>
      <translation>Bukukan a&amp;krual</translation>
    </message>
    <message>
      <source>Service fallen due and not yet paid on performing loans (lancar, kurang lancar): Dr 1203, Cr 4102 at the month end, reversed the next day so the repayment that pays it is not counted twice.</source>
      <translation>Jasa yang sudah jatuh tempo dan belum dibayar pada pinjaman yang masih berjalan (lancar, kurang lancar): Dr 1203, Cr 4102 pada akhir bulan, dibalik esok harinya agar angsuran yang membayarnya tidak terhitung dua kali.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Akun</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>Add acc&amp;ount…</source>
      <translation>Tambah a&amp;kun…</translation>
    </message>
    <message>
      <source>Accounts are added under 12, 21, 22, 41, 49 and 51; money, fixed assets and equity are kept by the book itself.</source>
      <translation>Akun ditambahkan di bawah induk 12, 21, 22, 41, 49 dan 51; kas dan bank, aset tetap serta ekuitas diatur oleh buku sendiri.</translation>
    </message>
    <message>
      <source>Assets</source>
      <translation>Aset</translation>
    </message>
    <message>
      <source>Liabilities</source>
      <translation>Liabilitas</translation>
    </message>
    <message>
      <source>Equity</source>
      <translation>Ekuitas</translation>
    </message>
    <message>
      <source>Income</source>
      <translation>Pendapatan</translation>
    </message>
    <message>
      <source>Expenses</source>
      <translation>Beban</translation>
    </message>
    <message>
      <source>Current (lancar)</source>
      <translation>Lancar</translation>
    </message>
    <message>
      <source>Substandard (kurang lancar)</source>
      <translation>Kurang lancar</translation>
    </message>
    <message>
      <source>Doubtful (diragukan)</source>
      <translation>Diragukan</translation>
    </message>
    <message>
      <source>Loss (macet)</source>
      <translation>Macet</translation>
    </message>
    <message>
      <source>Accrual at %1 already posted.</source>
      <translation>Akrual per %1 sudah dibukukan.</translation>
    </message>
    <message numerus="yes">
      <source>Due and unpaid at %1: %2 on %n loan(s)</source>
      <translation>
        <numerusform>Jatuh tempo dan belum dibayar per %1: %2 pada %n pinjaman</numerusform>
      </translation>
    </message>
    <message>
      <source>In use</source>
      <translation>Aktif</translation>
    </message>
    <message>
      <source>Disposed %1</source>
      <translation>Dilepas %1</translation>
    </message>
    <message>
      <source>Total in use</source>
      <translation>Jumlah (aktif)</translation>
    </message>
    <message>
      <source>%1 %2: sold for %3, %4</source>
      <translation>%1 %2: dijual %3, %4</translation>
    </message>
    <message>
      <source>gain %1</source>
      <translation>laba %1</translation>
    </message>
    <message>
      <source>loss %1</source>
      <translation>rugi %1</translation>
    </message>
    <message>
      <source>no gain or loss</source>
      <translation>tanpa laba atau rugi</translation>
    </message>
    <message>
      <source>Depreciation is posted as of %1.</source>
      <translation>Posisi per %1 menurut penyusutan yang sudah dibukukan.</translation>
    </message>
    <message>
      <source>No fixed assets yet.</source>
      <translation>Belum ada aset tetap.</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Jumlah</translation>
    </message>
    <message>
      <source>Booked in 1209 at %1: %2</source>
      <translation>Dibukukan di 1209 per %1: %2</translation>
    </message>
    <message>
      <source>Adjustment to post: %1</source>
      <translation>Penyesuaian yang perlu dibukukan: %1</translation>
    </message>
    <message>
      <source>Allowance to release: %1</source>
      <translation>Penyisihan yang dilepas: %1</translation>
    </message>
    <message>
      <source>The allowance is right: nothing to post.</source>
      <translation>Penyisihan sudah sesuai: tidak ada yang dibukukan.</translation>
    </message>
    <message>
      <source>%1 recorded: %2, %3</source>
      <translation>%1 dicatat: %2, %3</translation>
    </message>
    <message numerus="yes">
      <source>Depreciation posted: %n month(s), %1</source>
      <translation>
        <numerusform>Penyusutan dibukukan: %n bulan, %1</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 disposed of on %2: book value %3, proceeds %4.</source>
      <translation>%1 dilepas %2: nilai buku %3, hasil %4.</translation>
    </message>
    <message>
      <source>Reverse the disposal</source>
      <translation>Batalkan pelepasan</translation>
    </message>
    <message>
      <source>Why is the disposal of %1 reversed?</source>
      <translation>Mengapa pelepasan %1 dibatalkan?</translation>
    </message>
    <message>
      <source>The disposal of %1 is reversed; it is depreciated again.</source>
      <translation>Pelepasan %1 dibatalkan; aset kembali disusutkan.</translation>
    </message>
    <message>
      <source>Post the allowance at %1: %2?</source>
      <translation>Bukukan penyisihan per %1: %2?</translation>
    </message>
    <message>
      <source>Allowance posted: 1209 now holds %1.</source>
      <translation>Penyisihan dibukukan: saldo 1209 kini %1.</translation>
    </message>
    <message>
      <source>Post %1 of loan service accrued at %2, reversed on %3?</source>
      <translation>Bukukan jasa pinjaman akrual %1 per %2, dibalik pada %3?</translation>
    </message>
    <message>
      <source>Accrual posted: %1.</source>
      <translation>Akrual dibukukan: %1.</translation>
    </message>
    <message>
      <source>Account %1 %2 added.</source>
      <translation>Akun %1 %2 ditambahkan.</translation>
    </message>
  </context>
  <context>
    <name>AddAccountDialog</name>
    <message>
      <source>Add an account</source>
      <translation>Tambah akun</translation>
    </message>
    <message>
      <source>&amp;Under</source>
      <translation>&amp;Induk</translation>
    </message>
    <message>
      <source>Receivables (current assets)</source>
      <translation>Piutang (aset lancar)</translation>
    </message>
    <message>
      <source>Current liabilities</source>
      <translation>Liabilitas jangka pendek</translation>
    </message>
    <message>
      <source>Long-term liabilities</source>
      <translation>Liabilitas jangka panjang</translation>
    </message>
    <message>
      <source>Operating income</source>
      <translation>Pendapatan usaha</translation>
    </message>
    <message>
      <source>Other income</source>
      <translation>Pendapatan lain-lain</translation>
    </message>
    <message>
      <source>Expenses</source>
      <translation>Beban</translation>
    </message>
    <message>
      <source>&amp;Code</source>
      <translation>&amp;Kode</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nama akun</translation>
    </message>
    <message>
      <source>Money (11xx), fixed assets (13xx) and equity (3xxx) are kept by the book itself: no account is added there.</source>
      <translation>Kas dan bank (11xx), aset tetap (13xx) dan ekuitas (3xxx) diatur oleh buku sendiri: tidak ada akun yang ditambahkan di sana.</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Simpan</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Adding the account…</source>
      <translation>Menambahkan akun…</translation>
    </message>
  </context>
  <context>
    <name>AddAssetDialog</name>
    <message>
      <source>Add a fixed asset</source>
      <translation>Tambah aset tetap</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nama aset</translation>
    </message>
    <message>
      <source>&amp;Cost</source>
      <translation>&amp;Harga perolehan</translation>
    </message>
    <message>
      <source>&amp;Bought on</source>
      <translation>&amp;Tanggal perolehan</translation>
    </message>
    <message>
      <source>Useful &amp;life (months)</source>
      <translation>&amp;Umur manfaat (bulan)</translation>
    </message>
    <message>
      <source>&amp;Residual value</source>
      <translation>Nilai &amp;sisa</translation>
    </message>
    <message>
      <source>&amp;Paid from</source>
      <translation>&amp;Dibayar dari</translation>
    </message>
    <message>
      <source>Cash (Kas)</source>
      <translation>Kas (tunai)</translation>
    </message>
    <message>
      <source>Bank</source>
      <translation>Bank</translation>
    </message>
    <message>
      <source>Depreciated straight-line each month, from the month after it was bought.</source>
      <translation>Disusutkan garis lurus setiap bulan, mulai bulan sesudah bulan perolehan.</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Simpan</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Recording the asset…</source>
      <translation>Mencatat aset…</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Koperasi met an unexpected error</source>
      <translation>Koperasi mengalami kesalahan tak terduga</translation>
    </message>
    <message>
      <source>Something unexpected went wrong. Your book is safe: every saved operation is complete. The details are in this file; please send it to the person who helps you with Koperasi:

%1</source>
      <translation>Terjadi kesalahan yang tidak terduga. Buku Anda aman: setiap transaksi yang sudah tersimpan lengkap. Rinciannya ada di berkas ini; kirim file ini ke pendamping Koperasi Anda:

%1</translation>
    </message>
  </context>
  <context>
    <name>AuditLogDialog</name>
    <message>
      <source>Audit log</source>
      <translation>Catatan audit</translation>
    </message>
    <message>
      <source>&amp;Days</source>
      <translation>&amp;Tanggal</translation>
    </message>
    <message>
      <source>&amp;User</source>
      <translation>&amp;Pengguna</translation>
    </message>
    <message>
      <source>&amp;Operation</source>
      <translation>&amp;Operasi</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Semua</translation>
    </message>
    <message>
      <source>&amp;Show</source>
      <translation>Tamp&amp;ilkan</translation>
    </message>
    <message>
      <source>&amp;Check</source>
      <translation>P&amp;eriksa</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Semua</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Waktu</translation>
    </message>
    <message>
      <source>User</source>
      <translation>Pengguna</translation>
    </message>
    <message>
      <source>Operation</source>
      <translation>Operasi</translation>
    </message>
    <message>
      <source>Rows written</source>
      <translation>Baris ditulis</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) shown (newest first, at most %1).</source>
      <translation>
        <numerusform>%n catatan ditampilkan (terbaru dulu, paling banyak %1).</numerusform>
      </translation>
    </message>
    <message>
      <source>Audit chain head: code %1 (record %2). Reports print this code.</source>
      <translation>Ujung rantai audit: kode %1 (catatan ke-%2). Laporan mencetak kode ini.</translation>
    </message>
    <message>
      <source>The audit log is empty.</source>
      <translation>Catatan audit masih kosong.</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Memeriksa…</translation>
    </message>
    <message>
      <source>Checking the book…</source>
      <translation>Memeriksa buku…</translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) found.</source>
      <translation>
        <numerusform>%n masalah ditemukan.</numerusform>
      </translation>
    </message>
    <message>
      <source>All %1 checks hold; the audit chain is intact.</source>
      <translation>Semua %1 pemeriksaan lolos; rantai audit utuh.</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>PROBLEM</source>
      <translation>MASALAH</translation>
    </message>
  </context>
  <context>
    <name>BackupSettingsDialog</name>
    <message>
      <source>Backup settings</source>
      <translation>Pengaturan cadangan</translation>
    </message>
    <message>
      <source>Backup &amp;folder</source>
      <translation>&amp;Folder cadangan</translation>
    </message>
    <message>
      <source>&amp;Second folder (USB)</source>
      <translation>Folder &amp;kedua (flashdisk)</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Pilih…</translation>
    </message>
    <message>
      <source>Back up by itself: when the app closes and once a day while it is open</source>
      <translation>Cadangkan otomatis: saat aplikasi ditutup dan sekali sehari selama terbuka</translation>
    </message>
    <message>
      <source>Each backup is checked after it is written. Kept: the last of each of 7 days, 4 weeks and 12 months. Leave the second folder empty if you have no USB drive.</source>
      <translation>Setiap cadangan diperiksa setelah ditulis. Yang disimpan: yang terakhir dari tiap 7 hari, 4 minggu dan 12 bulan. Kosongkan folder kedua bila tidak memakai flashdisk.</translation>
    </message>
    <message>
      <source>Choose a folder</source>
      <translation>Pilih folder</translation>
    </message>
  </context>
  <context>
    <name>BookRunner</name>
    <message>
      <source>Please wait</source>
      <translation>Mohon tunggu</translation>
    </message>
  </context>
  <context>
    <name>CancelDialog</name>
    <message>
      <source>Reverse sale %1</source>
      <translation>Batalkan penjualan %1</translation>
    </message>
    <message>
      <source>Reversing sale &lt;b&gt;%1&lt;/b&gt; posts a reversing entry: gross %2, fee %3, costs %4, net to members &lt;b&gt;%5&lt;/b&gt;. Its %6 deliveries go back to the open pool. The sale keeps its number and shows VOID.</source>
      <translation>Pembatalan penjualan &lt;b&gt;%1&lt;/b&gt; membukukan jurnal pembalik: bruto %2, jasa koperasi %3, biaya %4, bersih anggota &lt;b&gt;%5&lt;/b&gt;. Ke-%6 setorannya kembali belum terjual. Penjualan tetap memakai nomornya dan tertulis BATAL.</translation>
    </message>
    <message>
      <source>&amp;Reverse sale</source>
      <translation>&amp;Batalkan penjualan</translation>
    </message>
    <message>
      <source>Void slip %1</source>
      <translation>Batalkan slip %1</translation>
    </message>
    <message>
      <source>Voiding slip &lt;b&gt;%1&lt;/b&gt; of %2: the share of &lt;b&gt;%3&lt;/b&gt; is unpaid again, the deductions of %4 are given back and the %5 paid out comes back. The slip keeps its number and prints VOID.</source>
      <translation>Pembatalan slip &lt;b&gt;%1&lt;/b&gt; milik %2: bagian &lt;b&gt;%3&lt;/b&gt; kembali belum dibayar, potongan %4 dikembalikan dan uang %5 yang dibayarkan kembali ke koperasi. Slip tetap memakai nomornya dan tercetak BATAL.</translation>
    </message>
    <message>
      <source>&amp;Void slip</source>
      <translation>&amp;Batalkan slip</translation>
    </message>
    <message>
      <source>&amp;Reason (required)</source>
      <translation>&amp;Alasan (wajib)</translation>
    </message>
    <message>
      <source>Reversing the sale…</source>
      <translation>Membatalkan penjualan…</translation>
    </message>
    <message>
      <source>Voiding the slip…</source>
      <translation>Membatalkan slip…</translation>
    </message>
  </context>
  <context>
    <name>CashEntryDialog</name>
    <message>
      <source>Other income</source>
      <translation>Pemasukan lain</translation>
    </message>
    <message>
      <source>Expense</source>
      <translation>Pengeluaran</translation>
    </message>
    <message>
      <source>&amp;Category</source>
      <translation>&amp;Kategori</translation>
    </message>
    <message>
      <source>&amp;Amount (Rp)</source>
      <translation>&amp;Jumlah (Rp)</translation>
    </message>
    <message>
      <source>D&amp;escription</source>
      <translation>Ke&amp;terangan</translation>
    </message>
    <message>
      <source>e.g. interest for October</source>
      <translation>mis. bunga bank bulan Oktober</translation>
    </message>
    <message>
      <source>e.g. printer paper and ink</source>
      <translation>mis. kertas dan tinta printer</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>Ta&amp;nggal</translation>
    </message>
    <message>
      <source>&amp;Received into</source>
      <translation>&amp;Diterima di</translation>
    </message>
    <message>
      <source>&amp;Paid from</source>
      <translation>&amp;Dibayar dari</translation>
    </message>
    <message>
      <source>Kas (cash)</source>
      <translation>Kas (tunai)</translation>
    </message>
    <message>
      <source>Bank</source>
      <translation>Bank</translation>
    </message>
    <message>
      <source>Bought by &amp;member</source>
      <translation>Dibeli oleh &amp;anggota</translation>
    </message>
    <message>
      <source>Optional: the member who bought (e.g. fertiliser), counted as their purchases from the cooperative for the SHU.</source>
      <translation>Boleh kosong: anggota yang membeli (mis. pupuk), dihitung sebagai pembeliannya dari koperasi untuk SHU.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>none (not a member's purchase)</source>
      <translation>tidak ada (bukan pembelian anggota)</translation>
    </message>
    <message>
      <source>Balance now: %1</source>
      <translation>Saldo sekarang: %1</translation>
    </message>
    <message>
      <source>The category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <source>The amount</source>
      <translation>Jumlah</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Menyimpan…</translation>
    </message>
  </context>
  <context>
    <name>CashPage</name>
    <message>
      <source>Cash book</source>
      <translation>Kas</translation>
    </message>
    <message>
      <source>Cash book (Kas and Bank)</source>
      <translation>Buku kas (Kas dan Bank)</translation>
    </message>
    <message>
      <source>KAS</source>
      <translation>KAS</translation>
    </message>
    <message>
      <source>BANK</source>
      <translation>BANK</translation>
    </message>
    <message>
      <source>IN, THIS PERIOD</source>
      <translation>MASUK DALAM PERIODE</translation>
    </message>
    <message>
      <source>OUT, THIS PERIOD</source>
      <translation>KELUAR DALAM PERIODE</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation>&amp;Dari</translation>
    </message>
    <message>
      <source>&amp;to</source>
      <translation>&amp;s.d.</translation>
    </message>
    <message>
      <source>This &amp;month</source>
      <translation>Bula&amp;n ini</translation>
    </message>
    <message>
      <source>&amp;Last month</source>
      <translation>Bulan &amp;lalu</translation>
    </message>
    <message>
      <source>&amp;Account</source>
      <translation>&amp;Akun</translation>
    </message>
    <message>
      <source>1101 Kas</source>
      <translation>1101 Kas</translation>
    </message>
    <message>
      <source>1102 Bank</source>
      <translation>1102 Bank</translation>
    </message>
    <message>
      <source>&amp;Print cash book…</source>
      <translation>&amp;Cetak buku kas…</translation>
    </message>
    <message>
      <source>Movements and balance</source>
      <translation>Mutasi dan saldo</translation>
    </message>
    <message>
      <source>Vouchers (bukti kas)</source>
      <translation>Bukti kas</translation>
    </message>
    <message>
      <source>+ &amp;Income…</source>
      <translation>+ &amp;Pemasukan…</translation>
    </message>
    <message>
      <source>− &amp;Expense…</source>
      <translation>− Pen&amp;geluaran…</translation>
    </message>
    <message>
      <source>Kas ⇄ &amp;Bank…</source>
      <translation>Kas ⇄ Ban&amp;k…</translation>
    </message>
    <message>
      <source>&amp;Honorarium (PPh 21)…</source>
      <translation>&amp;Honorarium (PPh 21)…</translation>
    </message>
    <message>
      <source>&amp;Void voucher…</source>
      <translation>Batalkan bukt&amp;i kas…</translation>
    </message>
    <message>
      <source>Choose a voucher on the Vouchers tab first</source>
      <translation>Pilih dulu bukti kas pada tab Bukti kas</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <source>Entry</source>
      <translation>No. jurnal</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Keterangan</translation>
    </message>
    <message>
      <source>In</source>
      <translation>Masuk</translation>
    </message>
    <message>
      <source>Out</source>
      <translation>Keluar</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Saldo</translation>
    </message>
    <message>
      <source>Voucher</source>
      <translation>Bukti kas</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <source>Kas / Bank</source>
      <translation>Kas / Bank</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Jumlah</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Keadaan</translation>
    </message>
    <message>
      <source>The period ends before it starts.</source>
      <translation>Periode berakhir sebelum dimulai.</translation>
    </message>
    <message>
      <source>Balances as of %1</source>
      <translation>Saldo per %1</translation>
    </message>
    <message>
      <source>Account %1</source>
      <translation>Akun %1</translation>
    </message>
    <message>
      <source>Opening balance</source>
      <translation>Saldo awal</translation>
    </message>
    <message>
      <source>Closing balance (totals of the period)</source>
      <translation>Saldo akhir (jumlah dalam periode)</translation>
    </message>
    <message>
      <source>Income</source>
      <translation>Pemasukan</translation>
    </message>
    <message>
      <source>Expense</source>
      <translation>Pengeluaran</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>Pindah buku</translation>
    </message>
    <message>
      <source>Honorarium</source>
      <translation>Honorarium</translation>
    </message>
    <message>
      <source>Kas</source>
      <translation>Kas</translation>
    </message>
    <message>
      <source>Bank</source>
      <translation>Bank</translation>
    </message>
    <message>
      <source>Void</source>
      <translation>Pembatalan</translation>
    </message>
    <message>
      <source>Voided on %1</source>
      <translation>Dibatalkan %1</translation>
    </message>
    <message>
      <source>Voided by %1</source>
      <translation>Dibatalkan dengan %1</translation>
    </message>
    <message>
      <source>Posted</source>
      <translation>Tercatat</translation>
    </message>
    <message>
      <source>Book closed up to %1</source>
      <translation>Buku ditutup s.d. %1</translation>
    </message>
    <message>
      <source>Void voucher %1</source>
      <translation>Batalkan bukti kas %1</translation>
    </message>
    <message>
      <source>Why is %1 voided? A new voucher reverses it today.</source>
      <translation>Mengapa %1 dibatalkan? Bukti kas baru membaliknya hari ini.</translation>
    </message>
    <message>
      <source>Void voucher</source>
      <translation>Batalkan bukti kas</translation>
    </message>
    <message>
      <source>Void %1 (%2, %3)? This cannot be undone.</source>
      <translation>Batalkan %1 (%2, %3)? Pembatalan tidak dapat diurungkan.</translation>
    </message>
  </context>
  <context>
    <name>ClosingShuPage</name>
    <message>
      <source>Closing &amp; SHU</source>
      <translation>Tutup buku &amp; SHU</translation>
    </message>
    <message>
      <source>Reserve (cadangan)</source>
      <translation>Cadangan</translation>
    </message>
    <message>
      <source>Members, for their transactions (jasa usaha)</source>
      <translation>Jasa usaha anggota</translation>
    </message>
    <message>
      <source>Members, for their capital (jasa modal)</source>
      <translation>Jasa modal anggota</translation>
    </message>
    <message>
      <source>Board fund</source>
      <translation>Dana pengurus</translation>
    </message>
    <message>
      <source>Staff fund</source>
      <translation>Dana karyawan</translation>
    </message>
    <message>
      <source>Education fund</source>
      <translation>Dana pendidikan</translation>
    </message>
    <message>
      <source>Social fund</source>
      <translation>Dana sosial</translation>
    </message>
    <message>
      <source>Closing the books &amp; the annual surplus (SHU)</source>
      <translation>Tutup buku &amp; sisa hasil usaha (SHU)</translation>
    </message>
    <message>
      <source>Period closing (tutup buku)</source>
      <translation>Tutup buku</translation>
    </message>
    <message>
      <source>Close &amp;up to</source>
      <translation>Tutup &amp;sampai</translation>
    </message>
    <message>
      <source>End of last &amp;month</source>
      <translation>Akhir bula&amp;n lalu</translation>
    </message>
    <message>
      <source>End of last &amp;year</source>
      <translation>Akhi&amp;r tahun lalu</translation>
    </message>
    <message>
      <source>Note, e.g. checked by the supervisor</source>
      <translation>Catatan, mis. sudah diperiksa pengawas</translation>
    </message>
    <message>
      <source>&amp;Close the book…</source>
      <translation>Tutu&amp;p buku…</translation>
    </message>
    <message>
      <source>Once closed, nothing dated on or before that day can be posted, changed or voided, and the closing cannot be undone.</source>
      <translation>Setelah ditutup, tidak ada yang dapat dicatat, diubah, atau dibatalkan sampai tanggal itu, dan tutup buku tidak dapat diurungkan.</translation>
    </message>
    <message>
      <source>Annual surplus (SHU)</source>
      <translation>Sisa hasil usaha (SHU)</translation>
    </message>
    <message>
      <source>&amp;Year</source>
      <translation>Ta&amp;hun</translation>
    </message>
    <message>
      <source>RAT &amp;report…</source>
      <translation>&amp;Laporan RAT…</translation>
    </message>
    <message>
      <source>Split by the statutes (AD/ART)</source>
      <translation>Pembagian menurut AD/ART</translation>
    </message>
    <message>
      <source>Income of the year</source>
      <translation>Pendapatan tahun ini</translation>
    </message>
    <message>
      <source>Expenses of the year</source>
      <translation>Beban tahun ini</translation>
    </message>
    <message>
      <source>Surplus (SHU)</source>
      <translation>Sisa hasil usaha (SHU)</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Jumlah</translation>
    </message>
    <message>
      <source>&amp;Save percentages</source>
      <translation>Simpan p&amp;ersentase</translation>
    </message>
    <message>
      <source>U&amp;ndo changes</source>
      <translation>Urun&amp;gkan perubahan</translation>
    </message>
    <message>
      <source>Find a member; Enter ticks</source>
      <translation>Cari anggota; Enter = centang</translation>
    </message>
    <message>
      <source>Select &amp;all unpaid</source>
      <translation>Pilih semua yang belum &amp;dibayar</translation>
    </message>
    <message>
      <source>Select n&amp;one</source>
      <translation>&amp;Kosongkan pilihan</translation>
    </message>
    <message>
      <source>Pay &amp;on</source>
      <translation>Dibayar &amp;tanggal</translation>
    </message>
    <message>
      <source>Pay in &amp;cash…</source>
      <translation>Bayar &amp;tunai…</translation>
    </message>
    <message>
      <source>Credit to &amp;sukarela…</source>
      <translation>Masukkan ke simpanan &amp;sukarela…</translation>
    </message>
    <message>
      <source>Pay by &amp;bank transfer…</source>
      <translation>Bayar lewat &amp;bank…</translation>
    </message>
    <message>
      <source>Transfer reference</source>
      <translation>Referensi transfer</translation>
    </message>
    <message>
      <source>Optional: the member's bank account or the transfer note, kept with the payment.</source>
      <translation>Boleh kosong: rekening bank anggota atau berita transfer, disimpan bersama pembayaran.</translation>
    </message>
    <message>
      <source>Computing the SHU…</source>
      <translation>Menghitung SHU…</translation>
    </message>
    <message>
      <source>Nothing is closed yet: every date is open.</source>
      <translation>Belum ada tutup buku: semua tanggal masih terbuka.</translation>
    </message>
    <message>
      <source>The book is &lt;b&gt;closed up to %1&lt;/b&gt;.</source>
      <translation>Buku &lt;b&gt;ditutup sampai %1&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>Last closing: %1.</source>
      <translation>Tutup buku terakhir: %1.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Posted&lt;/b&gt; with entries %1 and %2; the book is closed up to 31/12/%3.</source>
      <translation>&lt;b&gt;Sudah dibukukan&lt;/b&gt; dengan jurnal %1 dan %2; buku ditutup sampai 31/12/%3.</translation>
    </message>
    <message>
      <source>The year is not over: these figures are a preview so far.</source>
      <translation>Tahun ini belum berakhir: angka-angka ini baru pratinjau sampai hari ini.</translation>
    </message>
    <message>
      <source>No surplus to distribute for this year.</source>
      <translation>Tidak ada sisa hasil usaha untuk dibagi tahun ini.</translation>
    </message>
    <message>
      <source>Not posted yet: check the preview, then post it.</source>
      <translation>Belum dibukukan: periksa pratinjaunya, lalu bukukan.</translation>
    </message>
    <message>
      <source>Closed: the split waits for the RAT's decision (above); the list below is a preview by the statutes.</source>
      <translation>Sudah ditutup: pembagiannya menunggu keputusan RAT (di atas); daftar di bawah ini pratinjau menurut AD/ART.</translation>
    </message>
    <message>
      <source>This year is split as the RAT decides (above), then paid below.</source>
      <translation>Tahun ini dibagi menurut keputusan RAT (di atas), lalu dibayarkan di bawah.</translation>
    </message>
    <message>
      <source>Decided by the RAT: %1 to members, of which %2 paid so far.</source>
      <translation>Diputuskan RAT: %1 untuk anggota, %2 sudah dibayar.</translation>
    </message>
    <message>
      <source>The percentages add up to %1, not 100 %.</source>
      <translation>Jumlah persentase %1, bukan 100 %.</translation>
    </message>
    <message>
      <source>Changed: save the percentages to see the SHU they give.</source>
      <translation>Diubah: simpan persentasenya untuk melihat pembagian SHU-nya.</translation>
    </message>
    <message>
      <source>&amp;Post the SHU of %1…</source>
      <translation>Bu&amp;kukan SHU %1…</translation>
    </message>
    <message>
      <source>Posted: %1 to members, of which %2 paid so far.</source>
      <translation>Sudah dibukukan: %1 untuk anggota, %2 di antaranya sudah dibayar.</translation>
    </message>
    <message>
      <source>Save valid percentages before posting.</source>
      <translation>Simpan persentase yang benar sebelum membukukan.</translation>
    </message>
    <message>
      <source>The SHU of a year is posted once the year is over.</source>
      <translation>SHU suatu tahun dibukukan setelah tahun itu berakhir.</translation>
    </message>
    <message>
      <source>There is no surplus to post.</source>
      <translation>Tidak ada sisa hasil usaha untuk dibukukan.</translation>
    </message>
    <message>
      <source>The book is closed up to %1, so this year can no longer be posted.</source>
      <translation>Buku sudah ditutup sampai %1, sehingga tahun ini tidak dapat dibukukan lagi.</translation>
    </message>
    <message>
      <source>Posting closes the year's income and expenses into the SHU, credits each part and each member, and closes the book up to 31 December.</source>
      <translation>Pembukuan menutup pendapatan dan beban tahun ini ke SHU, mengkreditkan setiap bagian dan setiap anggota, lalu menutup buku sampai 31 Desember.</translation>
    </message>
    <message numerus="yes">
      <source>%n member(s) selected: &lt;b&gt;%1&lt;/b&gt;</source>
      <translation>
        <numerusform>%n anggota dipilih: &lt;b&gt;%1&lt;/b&gt;</numerusform>
      </translation>
    </message>
    <message>
      <source>Close the book up to %1?

Nothing dated on or before %1 can be posted, changed or voided afterwards. This cannot be undone.</source>
      <translation>Tutup buku sampai %1?

Setelah itu tidak ada yang dapat dicatat, diubah, atau dibatalkan pada tanggal %1 atau sebelumnya. Tutup buku tidak dapat dibatalkan.</translation>
    </message>
    <message>
      <source>Close the book</source>
      <translation>Tutup buku</translation>
    </message>
    <message>
      <source>Post the SHU of %1: surplus %2, of which %3 to %4 members?

%5

The year's income and expenses are closed into the SHU and the book is closed up to 31/12/%1. This cannot be undone.</source>
      <translation>Bukukan SHU %1: sisa hasil usaha %2, %3 di antaranya untuk %4 anggota?

%5

Pendapatan dan beban tahun ini ditutup ke SHU dan buku ditutup sampai 31/12/%1. Ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
      <source>Post the SHU</source>
      <translation>Bukukan SHU</translation>
    </message>
    <message>
      <source>Posting the SHU…</source>
      <translation>Membukukan SHU…</translation>
    </message>
    <message numerus="yes">
      <source>Pay %n member(s) their SHU of %1 in cash, %2 in all, on %3?</source>
      <translation>
        <numerusform>Bayar SHU %1 kepada %n anggota secara tunai, seluruhnya %2, pada %3?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Pay %n member(s) their SHU of %1 by bank transfer, %2 in all, on %3?</source>
      <translation>
        <numerusform>Bayar SHU %1 kepada %n anggota dengan transfer bank, seluruhnya %2, pada %3?</numerusform>
      </translation>
    </message>
    <message>
      <source>Reference: %1</source>
      <translation>Referensi: %1</translation>
    </message>
    <message numerus="yes">
      <source>Credit the SHU of %1 to the voluntary savings of %n member(s), %2 in all, on %3?</source>
      <translation>
        <numerusform>Masukkan SHU %1 ke simpanan sukarela %n anggota, seluruhnya %2, pada %3?</numerusform>
      </translation>
    </message>
    <message>
      <source>Pay SHU</source>
      <translation>Bayar SHU</translation>
    </message>
    <message>
      <source>Paying…</source>
      <translation>Membayar…</translation>
    </message>
    <message>
      <source>RAT report %1</source>
      <translation>Laporan RAT %1</translation>
    </message>
    <message>
      <source>Preparing the RAT report…</source>
      <translation>Menyiapkan laporan RAT…</translation>
    </message>
  </context>
  <context>
    <name>CollectDialog</name>
    <message>
      <source>Receive payment: %1</source>
      <translation>Terima pelunasan: %1</translation>
    </message>
    <message>
      <source>&amp;Amount</source>
      <translation>&amp;Jumlah</translation>
    </message>
    <message>
      <source>&amp;Into</source>
      <translation>&amp;Masuk ke</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Tanggal</translation>
    </message>
    <message>
      <source>Cash (Kas)</source>
      <translation>Kas (tunai)</translation>
    </message>
    <message>
      <source>Bank</source>
      <translation>Bank</translation>
    </message>
    <message>
      <source>&amp;Receive…</source>
      <translation>&amp;Terima…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Buyer: %1</source>
      <translation>Pembeli: %1</translation>
    </message>
    <message>
      <source>Sale %1 of %2</source>
      <translation>Penjualan %1 tanggal %2</translation>
    </message>
    <message>
      <source>Receivable: %1</source>
      <translation>Piutang: %1</translation>
    </message>
    <message>
      <source>Paid: %1</source>
      <translation>Dibayar: %1</translation>
    </message>
    <message>
      <source>Outstanding: %1</source>
      <translation>Sisa: %1</translation>
    </message>
    <message>
      <source>Age: %1 days</source>
      <translation>Umur: %1 hari</translation>
    </message>
    <message>
      <source>Receive %1 from %2 for sale %3 into %4 on %5?</source>
      <translation>Terima %1 dari %2 untuk penjualan %3 ke %4 pada %5?</translation>
    </message>
    <message>
      <source>Receive payment</source>
      <translation>Terima pelunasan</translation>
    </message>
    <message>
      <source>Recording the payment…</source>
      <translation>Mencatat pelunasan…</translation>
    </message>
  </context>
  <context>
    <name>CommoditiesPage</name>
    <message>
      <source>Commodities and service fees</source>
      <translation>Komoditas dan jasa koperasi</translation>
    </message>
    <message>
      <source>What members deliver, and the cooperative's fee on each sale of it: a percentage of the gross, or rupiah per kg sold.</source>
      <translation>Hasil panen yang disetor anggota, dan jasa koperasi atas setiap penjualannya: persentase dari hasil kotor, atau rupiah per kg terjual.</translation>
    </message>
    <message>
      <source>Commodity</source>
      <translation>Komoditas</translation>
    </message>
    <message>
      <source>Fee as</source>
      <translation>Jasa dihitung</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>Besar jasa</translation>
    </message>
    <message>
      <source>Quality (KKK)</source>
      <translation>Kadar (KKK)</translation>
    </message>
    <message>
      <source>&amp;Add commodity</source>
      <translation>Tambah komoditas</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Hapus</translation>
    </message>
    <message>
      <source>Tick Quality for a commodity weighed with a quality factor, such as rubber's dry rubber content (KKK). More commodities can be added later under Settings.</source>
      <translation>Centang Kadar untuk komoditas yang ditimbang dengan kadar mutu, seperti kadar karet kering (KKK). Komoditas lain dapat ditambahkan nanti di Pengaturan.</translation>
    </message>
    <message>
      <source>% of the gross</source>
      <translation>% dari hasil kotor</translation>
    </message>
    <message>
      <source>Rp per kg</source>
      <translation>Rp per kg</translation>
    </message>
    <message>
      <source>Row %1: </source>
      <translation>Baris %1: </translation>
    </message>
    <message>
      <source>the commodity's name is required.</source>
      <translation>nama komoditas wajib diisi.</translation>
    </message>
    <message>
      <source>%1 is listed twice.</source>
      <translation>%1 tercantum dua kali.</translation>
    </message>
  </context>
  <context>
    <name>CommodityCard</name>
    <message numerus="yes">
      <source>delivered this month · %n delivery(ies)</source>
      <translation>
        <numerusform>disetor bulan ini · %n setoran</numerusform>
      </translation>
    </message>
    <message>
      <source>Sold this month</source>
      <translation>Terjual bulan ini</translation>
    </message>
    <message numerus="yes">
      <source>%1 · %2 (%n sale(s))</source>
      <translation>
        <numerusform>%1 · %2 (%n penjualan)</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sold yet</source>
      <translation>Belum terjual</translation>
    </message>
    <message numerus="yes">
      <source>%1 · %n delivery(ies)</source>
      <translation>
        <numerusform>%1 · %n setoran</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CommodityDialog</name>
    <message>
      <source>Edit commodity %1</source>
      <translation>Ubah komoditas %1</translation>
    </message>
    <message>
      <source>New commodity</source>
      <translation>Komoditas baru</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nama</translation>
    </message>
    <message>
      <source>Service &amp;fee</source>
      <translation>&amp;Jasa koperasi</translation>
    </message>
    <message>
      <source>Quality factor</source>
      <translation>Kadar mutu</translation>
    </message>
    <message>
      <source>e.g. Kopi, Gabah, Kakao</source>
      <translation>mis. Kopi, Gabah, Kakao</translation>
    </message>
    <message>
      <source>% of the gross</source>
      <translation>% dari hasil kotor</translation>
    </message>
    <message>
      <source>Rp per kg sold</source>
      <translation>Rp per kg terjual</translation>
    </message>
    <message>
      <source>Deliveries have a quality factor (such as KKK)</source>
      <translation>Setoran memakai kadar mutu (seperti KKK)</translation>
    </message>
    <message>
      <source>In use (inactive commodities take no new deliveries)</source>
      <translation>Aktif (komoditas tidak aktif tidak menerima setoran baru)</translation>
    </message>
  </context>
  <context>
    <name>CommodityPage</name>
    <message>
      <source>Commodity and sale date</source>
      <translation>Komoditas dan tanggal penjualan</translation>
    </message>
    <message>
      <source>The sale pools every open delivery of the commodity dated on or before the sale date.</source>
      <translation>Penjualan menggabungkan semua setoran komoditas ini yang belum terjual dan bertanggal sampai dengan tanggal penjualan.</translation>
    </message>
    <message>
      <source>&amp;Commodity</source>
      <translation>Ko&amp;moditas</translation>
    </message>
    <message>
      <source>Sale &amp;date</source>
      <translation>&amp;Tanggal penjualan</translation>
    </message>
    <message>
      <source>%1 (fee %2)</source>
      <translation>%1 (jasa %2)</translation>
    </message>
    <message>
      <source>Looking for open deliveries…</source>
      <translation>Mencari setoran yang belum terjual…</translation>
    </message>
    <message>
      <source>Ready to be pooled: %1 from %2, %3 net.</source>
      <translation>Siap digabungkan: %1 dari %2, berat bersih %3.</translation>
    </message>
    <message numerus="yes">
      <source>%n open delivery(s)</source>
      <translation>
        <numerusform>%n setoran belum terjual</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n member(s)</source>
      <translation>
        <numerusform>%n anggota</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ConfirmPage</name>
    <message>
      <source>Confirm the sale</source>
      <translation>Konfirmasi penjualan</translation>
    </message>
    <message>
      <source>Check the figures. Nothing has been saved yet.</source>
      <translation>Periksa kembali angka-angkanya. Belum ada yang disimpan.</translation>
    </message>
    <message>
      <source>&amp;Settle sale</source>
      <translation>&amp;Simpan penjualan</translation>
    </message>
    <message>
      <source>Settling saves the sale, marks the pooled deliveries as sold and posts the journal entry, all at once. A settled sale cannot be changed afterwards.</source>
      <translation>Menyimpan penjualan akan mencatat penjualan, menandai setoran yang digabungkan sebagai terjual, dan membukukan jurnalnya sekaligus. Penjualan yang sudah disimpan tidak dapat diubah lagi.</translation>
    </message>
    <message>
      <source>Cash (Kas)</source>
      <translation>Kas (tunai)</translation>
    </message>
    <message>
      <source>Bank</source>
      <translation>Bank</translation>
    </message>
    <message>
      <source>Buyer still owes it (receivable)</source>
      <translation>Piutang Pembeli (belum dibayar)</translation>
    </message>
    <message>
      <source>Commodity</source>
      <translation>Komoditas</translation>
    </message>
    <message>
      <source>Sale date</source>
      <translation>Tanggal penjualan</translation>
    </message>
    <message>
      <source>Buyer</source>
      <translation>Pembeli</translation>
    </message>
    <message>
      <source>Deliveries pooled</source>
      <translation>Setoran digabungkan</translation>
    </message>
    <message>
      <source>%1 from %2, %3</source>
      <translation>%1 dari %2, %3</translation>
    </message>
    <message numerus="yes">
      <source>%n delivery(s)</source>
      <translation>
        <numerusform>%n setoran</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n member(s)</source>
      <translation>
        <numerusform>%n anggota</numerusform>
      </translation>
    </message>
    <message>
      <source>Sold weight</source>
      <translation>Berat terjual</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Harga</translation>
    </message>
    <message>
      <source>agreed total</source>
      <translation>total harga disepakati</translation>
    </message>
    <message>
      <source>Gross</source>
      <translation>Bruto</translation>
    </message>
    <message>
      <source>Cooperative fee (%1)</source>
      <translation>Jasa koperasi (%1)</translation>
    </message>
    <message>
      <source>Costs</source>
      <translation>Biaya</translation>
    </message>
    <message>
      <source>Net to members</source>
      <translation>Hasil bersih untuk anggota</translation>
    </message>
    <message>
      <source>Money received into</source>
      <translation>Uang diterima di</translation>
    </message>
    <message>
      <source>Settling the sale…</source>
      <translation>Menyimpan penjualan…</translation>
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <source>Correct delivery %1</source>
      <translation>Koreksi setoran %1</translation>
    </message>
    <message>
      <source>The old values and the reason are kept in its history.</source>
      <translation>Nilai lama dan alasannya disimpan dalam riwayat setoran.</translation>
    </message>
    <message>
      <source>&amp;Reason for the correction</source>
      <translation>&amp;Alasan koreksi</translation>
    </message>
    <message>
      <source>e.g. the scale was read wrongly</source>
      <translation>mis. salah baca timbangan</translation>
    </message>
    <message>
      <source>Net weight: %1</source>
      <translation>Berat bersih: %1</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
      <source>Saving the correction…</source>
      <translation>Menyimpan koreksi…</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>Home</source>
      <translation>Beranda</translation>
    </message>
    <message>
      <source>&amp;Reload</source>
      <translation>Muat u&amp;lang</translation>
    </message>
    <message>
      <source>CASH (KAS)</source>
      <translation>KAS</translation>
    </message>
    <message>
      <source>BANK</source>
      <translation>BANK</translation>
    </message>
    <message>
      <source>NOT YET PAID TO MEMBERS</source>
      <translation>BELUM DIBAYAR KE ANGGOTA</translation>
    </message>
    <message>
      <source>OWED BY BUYERS</source>
      <translation>PIUTANG PEMBELI</translation>
    </message>
    <message>
      <source>VOLUME AND AVERAGE PRICE, LAST 12 MONTHS</source>
      <translation>VOLUME DAN HARGA RATA-RATA, 12 BULAN TERAKHIR</translation>
    </message>
    <message>
      <source>Adding up the figures…</source>
      <translation>Menghitung angka…</translation>
    </message>
    <message>
      <source>As of %1</source>
      <translation>Per %1</translation>
    </message>
    <message>
      <source>Balance of account 1101 Kas</source>
      <translation>Saldo akun 1101 Kas</translation>
    </message>
    <message>
      <source>Balance of account 1102 Bank</source>
      <translation>Saldo akun 1102 Bank</translation>
    </message>
    <message numerus="yes">
      <source>%n member(s) waiting for their share</source>
      <translation>
        <numerusform>%n anggota menunggu bagiannya</numerusform>
      </translation>
    </message>
    <message>
      <source>Every share has been paid</source>
      <translation>Semua bagian sudah dibayar</translation>
    </message>
    <message numerus="yes">
      <source>%n sale(s) to collect, the oldest %1 days</source>
      <translation>
        <numerusform>%n penjualan belum dibayar pembeli, tertua %1 hari</numerusform>
      </translation>
    </message>
    <message>
      <source>Buyers owe nothing</source>
      <translation>Tidak ada piutang pembeli</translation>
    </message>
    <message>
      <source>THIS MONTH PER COMMODITY (%1)</source>
      <translation>BULAN INI PER KOMODITAS (%1)</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>Today</source>
      <translation>Hari ini</translation>
    </message>
    <message>
      <source>Put the book's today in the date</source>
      <translation>Isi tanggal dengan hari ini menurut buku</translation>
    </message>
  </context>
  <context>
    <name>DeliveriesPage</name>
    <message>
      <source>Deliveries</source>
      <translation>Setoran</translation>
    </message>
    <message>
      <source>Weigh a delivery</source>
      <translation>Timbang setoran</translation>
    </message>
    <message>
      <source>Net weight:</source>
      <translation>Berat bersih:</translation>
    </message>
    <message>
      <source>Print receipt after saving</source>
      <translation>Cetak nota setelah simpan</translation>
    </message>
    <message>
      <source>&amp;Save (Ctrl+Enter)</source>
      <translation>&amp;Simpan (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Enter in the last field saves too</source>
      <translation>Enter di kolom terakhir juga menyimpan</translation>
    </message>
    <message>
      <source>Clear (Esc)</source>
      <translation>Kosongkan (Esc)</translation>
    </message>
    <message>
      <source>Empty the form without saving</source>
      <translation>Kosongkan isian tanpa menyimpan</translation>
    </message>
    <message>
      <source>Back to today</source>
      <translation>Kembali ke hari ini</translation>
    </message>
    <message>
      <source>Deliveries of</source>
      <translation>Setoran tanggal</translation>
    </message>
    <message>
      <source>Previous day</source>
      <translation>Hari sebelumnya</translation>
    </message>
    <message>
      <source>Next day</source>
      <translation>Hari berikutnya</translation>
    </message>
    <message>
      <source>Tod&amp;ay</source>
      <translation>&amp;Hari ini</translation>
    </message>
    <message>
      <source>Co&amp;rrect…</source>
      <translation>K&amp;oreksi…</translation>
    </message>
    <message>
      <source>Vo&amp;id…</source>
      <translation>Bata&amp;lkan…</translation>
    </message>
    <message>
      <source>Pri&amp;nt receipt</source>
      <translation>&amp;Cetak nota</translation>
    </message>
    <message>
      <source>Histor&amp;y</source>
      <translation>&amp;Riwayat</translation>
    </message>
    <message>
      <source>Total today</source>
      <translation>Total hari ini</translation>
    </message>
    <message>
      <source>Total %1</source>
      <translation>Total %1</translation>
    </message>
    <message numerus="yes">
      <source>%n delivery(ies)</source>
      <translation>
        <numerusform>%n setoran</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n void</source>
      <translation>
        <numerusform>%n batal</numerusform>
      </translation>
    </message>
    <message>
      <source>No deliveries</source>
      <translation>Belum ada setoran</translation>
    </message>
    <message>
      <source>Saving the delivery…</source>
      <translation>Menyimpan setoran…</translation>
    </message>
    <message>
      <source>Clear the form?</source>
      <translation>Kosongkan isian?</translation>
    </message>
    <message>
      <source>Empty what is typed for this weighing? Nothing has been saved yet.</source>
      <translation>Kosongkan isian penimbangan ini? Belum ada yang disimpan.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Back-dated entry:&lt;/b&gt; deliveries are recorded on %1, not today. The date stays for the next farmers until you go back to today.</source>
      <translation>&lt;b&gt;Tanggal mundur:&lt;/b&gt; setoran dicatat pada %1, bukan hari ini. Tanggal ini tetap dipakai untuk petani berikutnya sampai Anda kembali ke hari ini.</translation>
    </message>
    <message>
      <source>Receipt %1 sent to the thermal printer</source>
      <translation>Nota %1 dikirim ke printer thermal</translation>
    </message>
    <message>
      <source>Saved: %1 — %2, %3</source>
      <translation>Tersimpan: %1 — %2, %3</translation>
    </message>
    <message>
      <source>Corrected: %1 — %2, %3</source>
      <translation>Dikoreksi: %1 — %2, %3</translation>
    </message>
    <message>
      <source>Voided: %1 — %2, %3</source>
      <translation>Dibatalkan: %1 — %2, %3</translation>
    </message>
    <message>
      <source>Void delivery %1</source>
      <translation>Batalkan setoran %1</translation>
    </message>
    <message>
      <source>Why is %1 (%2, %3) voided? The receipt keeps its number.</source>
      <translation>Mengapa setoran %1 (%2, %3) dibatalkan? Nomor notanya tetap tercatat.</translation>
    </message>
    <message>
      <source>Voiding…</source>
      <translation>Membatalkan…</translation>
    </message>
  </context>
  <context>
    <name>DeliveryDialogs</name>
    <message>
      <source>Receipt %1</source>
      <translation>Nota timbang %1</translation>
    </message>
    <message>
      <source>Preparing the receipt…</source>
      <translation>Menyiapkan nota…</translation>
    </message>
  </context>
  <context>
    <name>DeliveryForm</name>
    <message>
      <source>&amp;Date</source>
      <translation>Tan&amp;ggal</translation>
    </message>
    <message>
      <source>&amp;Commodity</source>
      <translation>Komod&amp;itas</translation>
    </message>
    <message>
      <source>&amp;Member</source>
      <translation>A&amp;nggota</translation>
    </message>
    <message>
      <source>&amp;Gross weight (kg)</source>
      <translation>Berat &amp;kotor (kg)</translation>
    </message>
    <message>
      <source>Deduction (&amp;kg)</source>
      <translation>&amp;Potongan (kg)</translation>
    </message>
    <message>
      <source>Deduction (%)</source>
      <translation>Potongan (%)</translation>
    </message>
    <message>
      <source>&amp;Quality, KKK (%)</source>
      <translation>Ka&amp;dar KKK (%)</translation>
    </message>
    <message>
      <source>&amp;Plot</source>
      <translation>K&amp;ebun</translation>
    </message>
    <message>
      <source>Type part of a name or number…</source>
      <translation>Ketik sebagian nama atau nomor…</translation>
    </message>
    <message>
      <source>e.g. 120,5</source>
      <translation>mis. 120,5</translation>
    </message>
    <message>
      <source>Only for commodities with a quality factor</source>
      <translation>Hanya untuk komoditas yang memakai kadar</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Hari ini</translation>
    </message>
    <message>
      <source>Take (F2)</source>
      <translation>Ambil (F2)</translation>
    </message>
    <message>
      <source>Take the scale's weight once it is stable</source>
      <translation>Ambil berat: berat dari timbangan, setelah stabil</translation>
    </message>
    <message>
      <source>Type part of the member's name or number and pick them from the list.</source>
      <translation>Ketik sebagian nama atau nomor anggota, lalu pilih dari daftar.</translation>
    </message>
    <message numerus="yes">
      <source>%n members match; pick one from the list.</source>
      <translation>
        <numerusform>Ada %n anggota yang cocok; pilih salah satu dari daftar.</numerusform>
      </translation>
    </message>
    <message>
      <source>No active member matches “%1”.</source>
      <translation>Tidak ada anggota aktif yang cocok dengan “%1”.</translation>
    </message>
    <message>
      <source>There is no commodity to choose; add one first.</source>
      <translation>Belum ada komoditas yang bisa dipilih; tambahkan dulu.</translation>
    </message>
    <message>
      <source>Give the quality (KKK) of %1 in percent.</source>
      <translation>Isi kadar (KKK) %1 dalam persen.</translation>
    </message>
    <message>
      <source>No mapped plot</source>
      <translation>Tanpa kebun terpetakan</translation>
    </message>
    <message>
      <source>No mapped plot (untraceable)</source>
      <translation>Tanpa kebun terpetakan (tidak tertelusur)</translation>
    </message>
    <message>
      <source>A delivery without a mapped plot cannot go into a traceable lot</source>
      <translation>Setoran tanpa kebun terpetakan tidak dapat masuk ke lot yang tertelusur</translation>
    </message>
    <message>
      <source>Waiting for the scale…</source>
      <translation>Menunggu timbangan…</translation>
    </message>
    <message>
      <source>The weight is not stable yet; wait until the scale settles.</source>
      <translation>Berat belum stabil; tunggu sampai angka timbangan diam.</translation>
    </message>
    <message>
      <source>The scale shows no load; put the delivery on the scale.</source>
      <translation>Timbangan menunjukkan nol; letakkan setoran di atas timbangan.</translation>
    </message>
    <message>
      <source>No weight from the scale: %1</source>
      <translation>Tidak ada berat dari timbangan: %1</translation>
    </message>
    <message>
      <source>Not today: %1</source>
      <translation>Bukan hari ini: %1</translation>
    </message>
  </context>
  <context>
    <name>DeliveryTableModel</name>
    <message>
      <source>Sold</source>
      <translation>Terjual</translation>
    </message>
    <message>
      <source>Void</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Terbuka</translation>
    </message>
    <message>
      <source>Tare</source>
      <translation>Tara (wadah)</translation>
    </message>
    <message>
      <source>Moisture</source>
      <translation>Kadar air</translation>
    </message>
    <message>
      <source>Dirt</source>
      <translation>Kotoran</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Lain-lain</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Jam</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Anggota</translation>
    </message>
    <message>
      <source>Commodity</source>
      <translation>Komoditas</translation>
    </message>
    <message>
      <source>Gross (kg)</source>
      <translation>Kotor (kg)</translation>
    </message>
    <message>
      <source>Deductions (kg)</source>
      <translation>Potongan (kg)</translation>
    </message>
    <message>
      <source>Net (kg)</source>
      <translation>Bersih (kg)</translation>
    </message>
    <message>
      <source>Quality</source>
      <translation>Kadar</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Entered %1</source>
      <translation>Dicatat %1</translation>
    </message>
    <message>
      <source>Weight typed by hand, not taken from the scale</source>
      <translation>Berat diketik manual, bukan diambil dari timbangan</translation>
    </message>
    <message>
      <source>Reason: %1</source>
      <translation>Alasan: %1</translation>
    </message>
    <message>
      <source>Plot: %1</source>
      <translation>Kebun: %1</translation>
    </message>
  </context>
  <context>
    <name>DepreciateDialog</name>
    <message>
      <source>Nothing left to post up to this month.</source>
      <translation>Tidak ada penyusutan yang belum dibukukan sampai bulan ini.</translation>
    </message>
    <message numerus="yes">
      <source>To post: %n month(s) (%1), %2</source>
      <translation>
        <numerusform>Akan dibukukan: %n bulan (%1), %2</numerusform>
      </translation>
    </message>
    <message>
      <source>Post depreciation</source>
      <translation>Bukukan penyusutan</translation>
    </message>
    <message>
      <source>Up to &amp;month</source>
      <translation>Sampai &amp;bulan</translation>
    </message>
    <message>
      <source>Posts every month not yet posted, up to and including this one (a month is posted once it is over).</source>
      <translation>Membukukan setiap bulan yang belum dibukukan, sampai dan termasuk bulan ini (sebuah bulan dibukukan setelah bulan itu selesai).</translation>
    </message>
    <message>
      <source>&amp;Post</source>
      <translation>&amp;Bukukan</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Posting depreciation…</source>
      <translation>Membukukan penyusutan…</translation>
    </message>
  </context>
  <context>
    <name>DevicesBox</name>
    <message>
      <source>Scale and thermal printer (this PC)</source>
      <translation>Timbangan dan printer thermal (PC ini)</translation>
    </message>
    <message>
      <source>Scale &amp;port</source>
      <translation>Port timbangan</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <source>Baud</source>
      <translation>Baud</translation>
    </message>
    <message>
      <source>Parity</source>
      <translation>Paritas</translation>
    </message>
    <message>
      <source>Data bits</source>
      <translation>Bit data</translation>
    </message>
    <message>
      <source>&amp;Thermal printer</source>
      <translation>Printer thermal</translation>
    </message>
    <message>
      <source>Roll width</source>
      <translation>Lebar gulungan</translation>
    </message>
    <message>
      <source>Yaohua XK3190-A9 / Keli XK3118K9</source>
      <translation>Yaohua XK3190-A9 / Keli XK3118K9</translation>
    </message>
    <message>
      <source>Yaohua XK3190-A12 / A12E</source>
      <translation>Yaohua XK3190-A12 / A12E</translation>
    </message>
    <message>
      <source>A&amp;D AD-4402 / 4406 / 4329</source>
      <translation>A&amp;D AD-4402 / 4406 / 4329</translation>
    </message>
    <message>
      <source>Other: a number and kg per line</source>
      <translation>Lainnya: angka dan kg per baris</translation>
    </message>
    <message>
      <source>None (N)</source>
      <translation>Tidak ada (N)</translation>
    </message>
    <message>
      <source>Even (E)</source>
      <translation>Genap (E)</translation>
    </message>
    <message>
      <source>Odd (O)</source>
      <translation>Ganjil (O)</translation>
    </message>
    <message>
      <source>58 mm (32 columns)</source>
      <translation>58 mm (32 kolom)</translation>
    </message>
    <message>
      <source>80 mm (48 columns)</source>
      <translation>80 mm (48 kolom)</translation>
    </message>
    <message>
      <source>empty: weights are typed</source>
      <translation>kosong: berat diketik</translation>
    </message>
    <message>
      <source>empty: receipts as PDF</source>
      <translation>kosong: nota sebagai PDF</translation>
    </message>
    <message>
      <source>Most Yaohua and Keli indicators send 9600 8N1, A&amp;D 2400 7E1. The printer is a device (/dev/usb/lp0), cups:QUEUE, win:PRINTER NAME or address:port (192.168.1.50:9100).</source>
      <translation>Kebanyakan indikator Yaohua dan Keli mengirim 9600 8N1, A&amp;D 2400 7E1. Printer berupa perangkat (/dev/usb/lp0), cups:ANTREAN, win:NAMA PRINTER atau alamat:port (192.168.1.50:9100).</translation>
    </message>
    <message>
      <source>Save &amp;devices</source>
      <translation>Simpan perangkat</translation>
    </message>
    <message>
      <source>Print &amp;test page</source>
      <translation>Cetak halaman u&amp;ji</translation>
    </message>
    <message>
      <source>Try the scale</source>
      <translation>Coba timbangan</translation>
    </message>
    <message>
      <source>Read the scale with these settings for a few seconds, saving nothing</source>
      <translation>Baca timbangan dengan pengaturan ini beberapa detik, tanpa menyimpan</translation>
    </message>
    <message>
      <source>Give the scale's port first.</source>
      <translation>Isi port timbangan dulu.</translation>
    </message>
    <message>
      <source>Reading the scale…</source>
      <translation>Membaca timbangan…</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Tersimpan</translation>
    </message>
    <message>
      <source>Test page sent</source>
      <translation>Halaman uji terkirim</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>Mencetak…</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Something unexpected went wrong; the book was not changed.</source>
      <translation>Terjadi kesalahan yang tidak terduga; buku tidak diubah.</translation>
    </message>
    <message>
      <source>Cannot do that</source>
      <translation>Tidak dapat dilakukan</translation>
    </message>
    <message>
      <source>A reason is required; nothing was changed. Write why, or press Cancel.</source>
      <translation>Alasan wajib diisi; tidak ada yang diubah. Tulis alasannya, atau tekan Batal.</translation>
    </message>
  </context>
  <context>
    <name>DisposeDialog</name>
    <message>
      <source>Dispose of asset %1</source>
      <translation>Lepas / jual aset %1</translation>
    </message>
    <message>
      <source>%1 %2: cost %3, bought %4</source>
      <translation>%1 %2: harga perolehan %3, diperoleh %4</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Tanggal</translation>
    </message>
    <message>
      <source>&amp;Sold for</source>
      <translation>&amp;Harga jual</translation>
    </message>
    <message>
      <source>0 when written off</source>
      <translation>0 bila dihapuskan</translation>
    </message>
    <message>
      <source>&amp;Into</source>
      <translation>&amp;Masuk ke</translation>
    </message>
    <message>
      <source>Cash (Kas)</source>
      <translation>Kas (tunai)</translation>
    </message>
    <message>
      <source>Bank</source>
      <translation>Bank</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>&amp;Keterangan</translation>
    </message>
    <message>
      <source>&amp;Dispose…</source>
      <translation>&amp;Lepaskan…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>gain %1</source>
      <translation>laba %1</translation>
    </message>
    <message>
      <source>loss %1</source>
      <translation>rugi %1</translation>
    </message>
    <message>
      <source>no gain or loss</source>
      <translation>tanpa laba atau rugi</translation>
    </message>
    <message>
      <source>Book value when it leaves: %1; %2</source>
      <translation>Nilai buku saat dilepas: %1; %2</translation>
    </message>
    <message>
      <source>Dispose of %1 on %2 for %3? %4</source>
      <translation>Lepas %1 pada %2 seharga %3? %4</translation>
    </message>
    <message>
      <source>Dispose of asset</source>
      <translation>Lepas / jual aset</translation>
    </message>
    <message>
      <source>Recording the disposal…</source>
      <translation>Mencatat pelepasan…</translation>
    </message>
  </context>
  <context>
    <name>DonePage</name>
    <message>
      <source>Sale settled</source>
      <translation>Penjualan tersimpan</translation>
    </message>
    <message>
      <source>&amp;Print settlement sheet…</source>
      <translation>&amp;Cetak daftar pembagian hasil…</translation>
    </message>
    <message>
      <source>Pay the &amp;members now</source>
      <translation>&amp;Bayar anggota sekarang</translation>
    </message>
    <message>
      <source>&lt;p style='font-size:16px'&gt;Sale &lt;b&gt;%1&lt;/b&gt; is saved.&lt;/p&gt;&lt;p&gt;%2 of the gross %3 is now owed to %4. Print the settlement sheet for the notice board, then pay the members on the Payouts screen.&lt;/p&gt;</source>
      <translation>&lt;p style='font-size:16px'&gt;Penjualan &lt;b&gt;%1&lt;/b&gt; sudah disimpan.&lt;/p&gt;&lt;p&gt;%2 dari bruto %3 kini menjadi hak %4. Cetak daftar pembagian hasil untuk papan pengumuman, lalu bayar anggota di layar Pembayaran.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
      <source>%n member(s)</source>
      <translation>
        <numerusform>%n anggota</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExportButton</name>
    <message>
      <source>Export to E&amp;xcel…</source>
      <translation>Ekspor ke E&amp;xcel…</translation>
    </message>
    <message>
      <source>This list as an Excel workbook (Ctrl+E)</source>
      <translation>Daftar ini sebagai buku kerja Excel (Ctrl+E)</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export to Excel</source>
      <translation>Ekspor ke Excel</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Anggota</translation>
    </message>
    <message>
      <source>Deliveries</source>
      <translation>Setoran</translation>
    </message>
    <message>
      <source>Sales with members' shares</source>
      <translation>Penjualan dan bagian anggota</translation>
    </message>
    <message>
      <source>Payouts</source>
      <translation>Pembayaran</translation>
    </message>
    <message>
      <source>Savings</source>
      <translation>Simpanan</translation>
    </message>
    <message>
      <source>Loans and kasbon</source>
      <translation>Pinjaman dan kasbon</translation>
    </message>
    <message>
      <source>Loan schedules</source>
      <translation>Jadwal angsuran pinjaman</translation>
    </message>
    <message>
      <source>Cash book</source>
      <translation>Buku kas</translation>
    </message>
    <message>
      <source>Trial balance</source>
      <translation>Neraca saldo</translation>
    </message>
    <message>
      <source>Ledger</source>
      <translation>Buku besar</translation>
    </message>
    <message>
      <source>SHU list</source>
      <translation>Daftar SHU</translation>
    </message>
    <message>
      <source>RAT statements (neraca, operations, cash flow, equity)</source>
      <translation>Laporan RAT (neraca, hasil usaha, arus kas, ekuitas)</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Yang diekspor</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Dari</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Sampai</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Berkas</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Ekspor</translation>
    </message>
    <message>
      <source>Writing the workbook…</source>
      <translation>Menulis berkas Excel…</translation>
    </message>
  </context>
  <context>
    <name>FigureCard</name>
    <message>
      <source>Loading…</source>
      <translation>Memuat…</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <source>Where to keep the book</source>
      <translation>Tempat menyimpan buku</translation>
    </message>
    <message>
      <source>The whole book is one file. Keep it in a folder you back up, and copy it to a flash drive now and then.</source>
      <translation>Seluruh buku tersimpan dalam satu berkas. Simpan di folder yang dicadangkan, dan salin sesekali ke flashdisk.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Berkas</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Telusuri…</translation>
    </message>
    <message>
      <source>Cooperative</source>
      <translation>Koperasi</translation>
    </message>
    <message>
      <source>First member number</source>
      <translation>Nomor anggota pertama</translation>
    </message>
    <message>
      <source>Commodities</source>
      <translation>Komoditas</translation>
    </message>
    <message>
      <source>Choose where to save the book.</source>
      <translation>Pilih tempat menyimpan buku.</translation>
    </message>
    <message>
      <source>%1 is a file, not a folder.</source>
      <translation>%1 adalah berkas, bukan folder.</translation>
    </message>
    <message>
      <source>Save the new book as</source>
      <translation>Simpan buku baru sebagai</translation>
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Tutup</translation>
    </message>
    <message>
      <source>Treasurer's guide</source>
      <translation>Panduan Bendahara</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>History of %1</source>
      <translation>Riwayat %1</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Waktu</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Kejadian</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Alasan</translation>
    </message>
    <message>
      <source>Changes</source>
      <translation>Perubahan</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Dicatat</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>Dibatalkan</translation>
    </message>
    <message>
      <source>Corrected</source>
      <translation>Dikoreksi</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Anggota</translation>
    </message>
    <message>
      <source>Commodity</source>
      <translation>Komoditas</translation>
    </message>
    <message>
      <source>Gross weight</source>
      <translation>Berat kotor</translation>
    </message>
    <message>
      <source>Deductions</source>
      <translation>Potongan</translation>
    </message>
    <message>
      <source>Net weight</source>
      <translation>Berat bersih</translation>
    </message>
    <message>
      <source>Quality</source>
      <translation>Kadar</translation>
    </message>
    <message>
      <source>Plot</source>
      <translation>Kebun</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>HonorariumDialog</name>
    <message>
      <source>Pay a honorarium (PPh 21 withheld)</source>
      <translation>Bayar honorarium (PPh 21 dipotong)</translation>
    </message>
    <message>
      <source>&amp;Recipient</source>
      <translation>&amp;Penerima</translation>
    </message>
    <message>
      <source>NIK / &amp;NPWP</source>
      <translation>NIK / &amp;NPWP</translation>
    </message>
    <message>
      <source>empty: none (the tax is 120 %)</source>
      <translation>kosong: tidak ada (pajak 120 %)</translation>
    </message>
    <message>
      <source>&amp;Category</source>
      <translation>&amp;Kategori</translation>
    </message>
    <message>
      <source>&amp;Gross</source>
      <translation>&amp;Jumlah bruto</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation>&amp;Dari</translation>
    </message>
    <message>
      <source>Tax base</source>
      <translation>Dasar pemotongan</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Tarif</translation>
    </message>
    <message>
      <source>PPh 21 withheld</source>
      <translation>PPh 21 dipotong</translation>
    </message>
    <message>
      <source>Net paid</source>
      <translation>Dibayar bersih</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Tanggal</translation>
    </message>
    <message>
      <source>Not an employee (pengurus, speaker)</source>
      <translation>Bukan pegawai (pengurus, narasumber)</translation>
    </message>
    <message>
      <source>Pengawas, not an employee</source>
      <translation>Pengawas, bukan pegawai tetap</translation>
    </message>
    <message>
      <source>Cash (Kas)</source>
      <translation>Kas (tunai)</translation>
    </message>
    <message>
      <source>Bank</source>
      <translation>Bank</translation>
    </message>
    <message>
      <source>&amp;Pay…</source>
      <translation>&amp;Bayar…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Type the gross to see the tax and the net.</source>
      <translation>Ketik jumlah bruto untuk melihat pajak dan jumlah bersih.</translation>
    </message>
    <message>
      <source> × 120 % (no NIK/NPWP)</source>
      <translation> × 120 % (tanpa NIK/NPWP)</translation>
    </message>
    <message>
      <source>Pay a honorarium</source>
      <translation>Bayar honorarium</translation>
    </message>
    <message>
      <source>Pay %1 net to %2 from %3 on %4, withholding PPh 21 of %5?</source>
      <translation>Bayar bersih %1 kepada %2 dari %3 pada %4, dengan PPh 21 dipotong %5?</translation>
    </message>
    <message>
      <source>Recording the honorarium…</source>
      <translation>Mencatat honorarium…</translation>
    </message>
    <message>
      <source>Bukti potong %1</source>
      <translation>Bukti potong %1</translation>
    </message>
  </context>
  <context>
    <name>LeaveDialog</name>
    <message>
      <source>Leave the cooperative: %1</source>
      <translation>Keluar dari koperasi: %1</translation>
    </message>
    <message>
      <source>&amp;Date of leaving</source>
      <translation>&amp;Tanggal keluar</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Alasan</translation>
    </message>
    <message>
      <source>&amp;Savings refunded</source>
      <translation>&amp;Simpanan dikembalikan</translation>
    </message>
    <message>
      <source>In cash</source>
      <translation>Tunai</translation>
    </message>
    <message>
      <source>By bank transfer</source>
      <translation>Transfer bank</translation>
    </message>
    <message>
      <source>Kept as a payable (statutes)</source>
      <translation>Ditahan sebagai utang (AD/ART)</translation>
    </message>
    <message>
      <source>&amp;Leave and print…</source>
      <translation>&amp;Keluarkan dan cetak…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Savings: pokok %1, wajib %2, sukarela %3 = %4</source>
      <translation>Simpanan: pokok %1, wajib %2, sukarela %3 = %4</translation>
    </message>
    <message>
      <source>Less %1: principal %2, service %3</source>
      <translation>Dikurangi %1: pokok %2, jasa %3</translation>
    </message>
    <message>
      <source>Refunded in cash: %1</source>
      <translation>Dikembalikan tunai: %1</translation>
    </message>
    <message>
      <source>Refunded by bank transfer: %1</source>
      <translation>Dikembalikan lewat transfer bank: %1</translation>
    </message>
    <message>
      <source>Owed to the member (payable): %1</source>
      <translation>Menjadi utang koperasi kepada anggota: %1</translation>
    </message>
    <message>
      <source>The savings do not cover the loans: %1 must be repaid first.</source>
      <translation>Simpanan tidak cukup untuk melunasi pinjaman: %1 harus dibayar dulu.</translation>
    </message>
    <message>
      <source>The date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <source>%1 %2 leaves the cooperative on %3.</source>
      <translation>%1 %2 keluar dari koperasi pada %3.</translation>
    </message>
    <message>
      <source>From that day the member receives no SHU. This cannot be undone. Go on?</source>
      <translation>Sejak hari itu anggota tidak lagi menerima SHU. Ini tidak dapat dibatalkan. Lanjutkan?</translation>
    </message>
    <message>
      <source>Leave the cooperative</source>
      <translation>Keluar dari koperasi</translation>
    </message>
    <message>
      <source>Recording the leaving…</source>
      <translation>Mencatat anggota keluar…</translation>
    </message>
  </context>
  <context>
    <name>LoanDialog</name>
    <message>
      <source>Kasbon or loan to a member</source>
      <translation>Kasbon atau pinjaman anggota</translation>
    </message>
    <message>
      <source>&amp;Member</source>
      <translation>&amp;Anggota</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>&amp;Jenis</translation>
    </message>
    <message>
      <source>&amp;Amount (Rp)</source>
      <translation>J&amp;umlah (Rp)</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>Ta&amp;nggal</translation>
    </message>
    <message>
      <source>&amp;Paid out</source>
      <translation>&amp;Dibayarkan</translation>
    </message>
    <message>
      <source>P&amp;urpose</source>
      <translation>&amp;Keperluan</translation>
    </message>
    <message>
      <source>e.g. fertiliser, school fees</source>
      <translation>mis. pupuk, biaya sekolah</translation>
    </message>
    <message>
      <source>Terms of the loan</source>
      <translation>Ketentuan pinjaman</translation>
    </message>
    <message>
      <source>&amp;Months</source>
      <translation>Jangka &amp;waktu (bulan)</translation>
    </message>
    <message>
      <source>Service &amp;charge a month</source>
      <translation>Jasa per &amp;bulan</translation>
    </message>
    <message>
      <source>&amp;On</source>
      <translation>Da&amp;ri</translation>
    </message>
    <message>
      <source>A kasbon is an advance against the next harvest: no term and no service charge; all of it is deducted from the member's next payout.</source>
      <translation>Kasbon adalah uang muka atas panen berikutnya: tanpa jangka waktu dan tanpa jasa; seluruhnya dipotong dari pembayaran hasil panen anggota berikutnya.</translation>
    </message>
    <message>
      <source>Pinjaman (loan in monthly installments)</source>
      <translation>Pinjaman (diangsur setiap bulan)</translation>
    </message>
    <message>
      <source>Kasbon (advance, repaid at the next payout)</source>
      <translation>Kasbon (dipotong pada pembayaran berikutnya)</translation>
    </message>
    <message>
      <source>In cash</source>
      <translation>Tunai</translation>
    </message>
    <message>
      <source>By bank transfer</source>
      <translation>Transfer bank</translation>
    </message>
    <message>
      <source>the amount lent (flat)</source>
      <translation>pokok pinjaman (flat)</translation>
    </message>
    <message>
      <source>the principal still owed (declining)</source>
      <translation>sisa pokok (menurun)</translation>
    </message>
    <message>
      <source>the principal still owed, equal installments (annuity)</source>
      <translation>sisa pokok, angsuran tetap (anuitas)</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>Ke</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Jatuh tempo</translation>
    </message>
    <message>
      <source>Principal</source>
      <translation>Pokok</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Jasa</translation>
    </message>
    <message>
      <source>Installment</source>
      <translation>Angsuran</translation>
    </message>
    <message>
      <source>Principal left</source>
      <translation>Sisa pokok</translation>
    </message>
    <message>
      <source>Pay out and print</source>
      <translation>Bayarkan dan cetak</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>No open loans.</source>
      <translation>Tidak ada pinjaman yang belum lunas.</translation>
    </message>
    <message>
      <source>%1: %2 owed</source>
      <translation>%1: sisa %2</translation>
    </message>
    <message>
      <source>Open loans: %1.</source>
      <translation>Pinjaman berjalan: %1.</translation>
    </message>
    <message>
      <source>The amount</source>
      <translation>Jumlah</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Jumlah</translation>
    </message>
    <message numerus="yes">
      <source>%n installment(s), the first %1 on %2; repaid in all %3 (service charge %4).</source>
      <translation>
        <numerusform>%n kali angsuran, yang pertama %1 pada %2; seluruhnya dibayar kembali %3 (jasa %4).</numerusform>
      </translation>
    </message>
    <message>
      <source>Effective rate %1 a year.</source>
      <translation>Bunga efektif %1 per tahun.</translation>
    </message>
    <message>
      <source>Type the amount to see the installment plan.</source>
      <translation>Isi jumlah pinjaman untuk melihat jadwal angsuran.</translation>
    </message>
    <message>
      <source>The member</source>
      <translation>Anggota</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Menyimpan…</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Log in</source>
      <translation>Masuk</translation>
    </message>
    <message>
      <source>The book %1 has users. Type your name and password.</source>
      <translation>Buku %1 memakai pengguna. Ketik nama dan kata sandi Anda.</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nama</translation>
    </message>
    <message>
      <source>&amp;Password</source>
      <translation>&amp;Kata sandi</translation>
    </message>
    <message>
      <source>Log &amp;in</source>
      <translation>&amp;Masuk</translation>
    </message>
    <message>
      <source>Type your name and your password.</source>
      <translation>Ketik nama dan kata sandi Anda.</translation>
    </message>
    <message>
      <source>Checking the password…</source>
      <translation>Memeriksa kata sandi…</translation>
    </message>
    <message>
      <source>Wrong name or password; try again.</source>
      <translation>Nama atau kata sandi salah; coba lagi.</translation>
    </message>
  </context>
  <context>
    <name>LotTraceDialog</name>
    <message>
      <source>Lot trace %1</source>
      <translation>Ketertelusuran lot %1</translation>
    </message>
    <message>
      <source>Export EUDR &amp;GeoJSON…</source>
      <translation>Ekspor &amp;GeoJSON EUDR…</translation>
    </message>
    <message>
      <source>Save trace &amp;sheet (PDF)…</source>
      <translation>Simpan &amp;lembar ketertelusuran (PDF)…</translation>
    </message>
    <message>
      <source>&amp;Excel…</source>
      <translation>&amp;Excel…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Anggota</translation>
    </message>
    <message>
      <source>Plot</source>
      <translation>Kebun</translation>
    </message>
    <message>
      <source>Area (ha)</source>
      <translation>Luas (ha)</translation>
    </message>
    <message>
      <source>Deliveries</source>
      <translation>Setoran</translation>
    </message>
    <message>
      <source>Net weight</source>
      <translation>Berat bersih</translation>
    </message>
    <message>
      <source>Share of lot</source>
      <translation>Bagian lot</translation>
    </message>
    <message numerus="yes">
      <source>Not fully traceable: %n delivery(ies) without a mapped plot; the EUDR GeoJSON cannot be made.</source>
      <translation>
        <numerusform>Tidak tertelusur penuh: %n setoran tanpa kebun terpetakan; GeoJSON EUDR tidak dapat dibuat.</numerusform>
      </translation>
    </message>
    <message>
      <source>Fully traceable: every delivery has a mapped plot.</source>
      <translation>Tertelusur penuh: setiap setoran berasal dari kebun terpetakan.</translation>
    </message>
    <message>
      <source>Export EUDR GeoJSON</source>
      <translation>Ekspor GeoJSON EUDR</translation>
    </message>
    <message>
      <source>Save trace sheet</source>
      <translation>Simpan lembar ketertelusuran</translation>
    </message>
    <message>
      <source>Save trace sheet (Excel)</source>
      <translation>Simpan lembar ketertelusuran (Excel)</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Koperasi — cooperative bookkeeping</source>
      <translation>Koperasi — pembukuan koperasi</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Berkas</translation>
    </message>
    <message>
      <source>&amp;New book…</source>
      <translation>Buku &amp;baru…</translation>
    </message>
    <message>
      <source>&amp;Open book…</source>
      <translation>B&amp;uka buku…</translation>
    </message>
    <message>
      <source>Open the &amp;demo book</source>
      <translation>Buka buku &amp;demo</translation>
    </message>
    <message>
      <source>&amp;Close book</source>
      <translation>&amp;Tutup buku</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Keluar</translation>
    </message>
    <message>
      <source>&amp;Move in from the old books…</source>
      <translation>&amp;Pindah dari pembukuan lama…</translation>
    </message>
    <message>
      <source>&amp;Export to Excel…</source>
      <translation>&amp;Ekspor ke Excel…</translation>
    </message>
    <message>
      <source>&amp;Transactions</source>
      <translation>&amp;Transaksi</translation>
    </message>
    <message>
      <source>New &amp;delivery</source>
      <translation>Setoran &amp;baru</translation>
    </message>
    <message>
      <source>New &amp;sale</source>
      <translation>&amp;Penjualan baru</translation>
    </message>
    <message>
      <source>&amp;Pay members</source>
      <translation>Ba&amp;yar anggota</translation>
    </message>
    <message>
      <source>New &amp;member</source>
      <translation>Anggota b&amp;aru</translation>
    </message>
    <message>
      <source>Savings &amp;deposit…</source>
      <translation>&amp;Setoran simpanan…</translation>
    </message>
    <message>
      <source>&amp;Kasbon or loan…</source>
      <translation>&amp;Kasbon atau pinjaman…</translation>
    </message>
    <message>
      <source>Loan &amp;repayment…</source>
      <translation>A&amp;ngsuran pinjaman…</translation>
    </message>
    <message>
      <source>Cash-book &amp;expense…</source>
      <translation>Pen&amp;geluaran kas…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>Ta&amp;mpilan</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Bahasa</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Bant&amp;uan</translation>
    </message>
    <message>
      <source>Treasurer's &amp;guide</source>
      <translation>Panduan &amp;Bendahara</translation>
    </message>
    <message>
      <source>&amp;About Koperasi</source>
      <translation>&amp;Tentang Koperasi</translation>
    </message>
    <message>
      <source>Opening the book…</source>
      <translation>Membuka buku…</translation>
    </message>
    <message>
      <source>Open book</source>
      <translation>Buka buku</translation>
    </message>
    <message>
      <source>Making the demo book…</source>
      <translation>Membuat buku demo…</translation>
    </message>
    <message>
      <source>Book: %1</source>
      <translation>Buku: %1</translation>
    </message>
    <message>
      <source>No book open</source>
      <translation>Belum ada buku yang dibuka</translation>
    </message>
    <message>
      <source>Log file: %1</source>
      <translation>Berkas log: %1</translation>
    </message>
    <message>
      <source>Database version: %1</source>
      <translation>Versi basis data: %1</translation>
    </message>
    <message>
      <source>About Koperasi</source>
      <translation>Tentang Koperasi</translation>
    </message>
    <message>
      <source>Koperasi %1
Bookkeeping for village farmers' cooperatives.</source>
      <translation>Koperasi %1
Pembukuan koperasi tani desa.</translation>
    </message>
  </context>
  <context>
    <name>MemberDialog</name>
    <message>
      <source>Edit member %1</source>
      <translation>Ubah anggota %1</translation>
    </message>
    <message>
      <source>New member</source>
      <translation>Anggota baru</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nama</translation>
    </message>
    <message>
      <source>N&amp;IK</source>
      <translation>N&amp;IK</translation>
    </message>
    <message>
      <source>&amp;Gender</source>
      <translation>&amp;Jenis kelamin</translation>
    </message>
    <message>
      <source>&amp;Village</source>
      <translation>&amp;Desa</translation>
    </message>
    <message>
      <source>&amp;Address</source>
      <translation>&amp;Alamat</translation>
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation>Telep&amp;on</translation>
    </message>
    <message>
      <source>&amp;Joined</source>
      <translation>Ber&amp;gabung</translation>
    </message>
    <message>
      <source>Male (L)</source>
      <translation>Laki-laki (L)</translation>
    </message>
    <message>
      <source>Female (P)</source>
      <translation>Perempuan (P)</translation>
    </message>
    <message>
      <source>16 digits, optional</source>
      <translation>16 angka, boleh kosong</translation>
    </message>
  </context>
  <context>
    <name>MemberMoneyTab</name>
    <message>
      <source>Print &amp;receipt…</source>
      <translation>Cetak &amp;kwitansi…</translation>
    </message>
    <message>
      <source>&amp;Void receipt…</source>
      <translation>&amp;Batalkan kwitansi…</translation>
    </message>
    <message>
      <source>Print &amp;installment plan…</source>
      <translation>Cetak &amp;jadwal angsuran…</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Kwitansi</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <source>Savings</source>
      <translation>Simpanan</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Cara</translation>
    </message>
    <message>
      <source>In</source>
      <translation>Masuk</translation>
    </message>
    <message>
      <source>Out</source>
      <translation>Keluar</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Saldo</translation>
    </message>
    <message>
      <source>Loan</source>
      <translation>Pinjaman</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Jumlah</translation>
    </message>
    <message>
      <source>Terms</source>
      <translation>Ketentuan</translation>
    </message>
    <message>
      <source>Still owed</source>
      <translation>Sisa pokok</translation>
    </message>
    <message>
      <source>Due now</source>
      <translation>Jatuh tempo</translation>
    </message>
    <message>
      <source>Next installment</source>
      <translation>Angsuran berikutnya</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>Ke</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Jatuh tempo</translation>
    </message>
    <message>
      <source>Principal</source>
      <translation>Pokok</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Jasa</translation>
    </message>
    <message>
      <source>Installment</source>
      <translation>Angsuran</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Keadaan</translation>
    </message>
    <message>
      <source>Pokok</source>
      <translation>Pokok</translation>
    </message>
    <message>
      <source>Wajib</source>
      <translation>Wajib</translation>
    </message>
    <message>
      <source>Sukarela</source>
      <translation>Sukarela</translation>
    </message>
    <message>
      <source>Void of %1</source>
      <translation>Pembatalan %1</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Tunai</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>Transfer</translation>
    </message>
    <message>
      <source>Deducted, slip %1</source>
      <translation>Dipotong, slip %1</translation>
    </message>
    <message>
      <source>From SHU</source>
      <translation>Dari SHU</translation>
    </message>
    <message>
      <source>voided by %1</source>
      <translation>dibatalkan dengan %1</translation>
    </message>
    <message>
      <source>Kasbon, at the next payout</source>
      <translation>Kasbon, dipotong pada pembayaran berikutnya</translation>
    </message>
    <message>
      <source>flat</source>
      <translation>flat</translation>
    </message>
    <message>
      <source>declining</source>
      <translation>menurun</translation>
    </message>
    <message>
      <source>%1 months at %2 a month, %3</source>
      <translation>%1 bulan, jasa %2 per bulan, %3</translation>
    </message>
    <message>
      <source>Simpanan pokok &lt;b&gt;%1&lt;/b&gt; · wajib &lt;b&gt;%2&lt;/b&gt; · sukarela &lt;b&gt;%3&lt;/b&gt; · loans owed &lt;b&gt;%4&lt;/b&gt;</source>
      <translation>Simpanan pokok &lt;b&gt;%1&lt;/b&gt; · wajib &lt;b&gt;%2&lt;/b&gt; · sukarela &lt;b&gt;%3&lt;/b&gt; · sisa pinjaman &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
      <source>wajib %1</source>
      <translation>wajib %1</translation>
    </message>
    <message>
      <source>installments %1</source>
      <translation>angsuran %1</translation>
    </message>
    <message>
      <source>in arrears: %1</source>
      <translation>tunggakan: %1</translation>
    </message>
    <message>
      <source>Kasbon and loans still owed &lt;b&gt;%1&lt;/b&gt; · due now &lt;b&gt;%2&lt;/b&gt;</source>
      <translation>Sisa kasbon dan pinjaman &lt;b&gt;%1&lt;/b&gt; · jatuh tempo sekarang &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
      <source>No kasbon or loan.</source>
      <translation>Tidak ada kasbon atau pinjaman.</translation>
    </message>
    <message>
      <source>Repaid</source>
      <translation>Lunas</translation>
    </message>
    <message>
      <source>%1: a kasbon is deducted whole from the next payout.</source>
      <translation>%1: kasbon dipotong seluruhnya pada pembayaran berikutnya.</translation>
    </message>
    <message>
      <source>Installments of %1</source>
      <translation>Angsuran %1</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>Lunas</translation>
    </message>
    <message>
      <source>Upcoming</source>
      <translation>Belum jatuh tempo</translation>
    </message>
    <message>
      <source>Void receipt %1</source>
      <translation>Batalkan kwitansi %1</translation>
    </message>
    <message>
      <source>Why is %1 voided? A new receipt for the opposite amount is made today.</source>
      <translation>Mengapa %1 dibatalkan? Kwitansi baru dengan jumlah sebaliknya dibuat hari ini.</translation>
    </message>
    <message>
      <source>Void receipt</source>
      <translation>Batalkan kwitansi</translation>
    </message>
    <message>
      <source>Void %1 (%2)? This cannot be undone.</source>
      <translation>Batalkan %1 (%2)? Pembatalan tidak dapat diurungkan.</translation>
    </message>
  </context>
  <context>
    <name>MemberPage</name>
    <message>
      <source>Member %1</source>
      <translation>Anggota %1</translation>
    </message>
    <message>
      <source>&amp;Edit details…</source>
      <translation>&amp;Ubah data…</translation>
    </message>
    <message>
      <source>Leave the cooperati&amp;ve…</source>
      <translation>Ke&amp;luar dari koperasi…</translation>
    </message>
    <message>
      <source>Pay &amp;kept savings…</source>
      <translation>Bayar &amp;simpanan tertahan…</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Data anggota</translation>
    </message>
    <message>
      <source>NIK</source>
      <translation>NIK</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Jenis kelamin</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>Desa</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Alamat</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telepon</translation>
    </message>
    <message>
      <source>Joined</source>
      <translation>Bergabung</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Shares of sales</source>
      <translation>Bagian hasil penjualan</translation>
    </message>
    <message>
      <source>Paid out</source>
      <translation>Sudah dibayar</translation>
    </message>
    <message>
      <source>Not yet paid</source>
      <translation>Belum dibayar</translation>
    </message>
    <message>
      <source>Not yet sold</source>
      <translation>Belum terjual</translation>
    </message>
    <message>
      <source>&amp;Deliveries</source>
      <translation>&amp;Setoran</translation>
    </message>
    <message>
      <source>&amp;Sale shares</source>
      <translation>Ba&amp;gian penjualan</translation>
    </message>
    <message>
      <source>&amp;Payouts</source>
      <translation>&amp;Pembayaran</translation>
    </message>
    <message>
      <source>Sa&amp;vings</source>
      <translation>Si&amp;mpanan</translation>
    </message>
    <message>
      <source>&amp;Kasbon &amp;&amp; loans</source>
      <translation>&amp;Kasbon &amp;&amp; pinjaman</translation>
    </message>
    <message>
      <source>Plo&amp;ts and map</source>
      <translation>Ke&amp;bun dan peta</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>No. nota</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <source>Commodity</source>
      <translation>Komoditas</translation>
    </message>
    <message>
      <source>Net weight</source>
      <translation>Berat bersih</translation>
    </message>
    <message>
      <source>Quality</source>
      <translation>Kadar</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>Bagian</translation>
    </message>
    <message>
      <source>Sale</source>
      <translation>Penjualan</translation>
    </message>
    <message>
      <source>Deliveries</source>
      <translation>Setoran</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Bagian</translation>
    </message>
    <message>
      <source>Paid with slip</source>
      <translation>Dibayar dengan slip</translation>
    </message>
    <message>
      <source>Slip</source>
      <translation>No. slip</translation>
    </message>
    <message>
      <source>Deductions</source>
      <translation>Potongan</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>Dibayar</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Cara bayar</translation>
    </message>
    <message>
      <source>Member statement (rekening anggota)</source>
      <translation>Rekening anggota</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation>Da&amp;ri</translation>
    </message>
    <message>
      <source>&amp;to</source>
      <translation>s.&amp;d.</translation>
    </message>
    <message>
      <source>&amp;Print member statement…</source>
      <translation>&amp;Cetak rekening anggota…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Sold</source>
      <translation>Terjual</translation>
    </message>
    <message>
      <source>Void</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Tunai</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>Transfer</translation>
    </message>
    <message>
      <source>Male (L)</source>
      <translation>Laki-laki (L)</translation>
    </message>
    <message>
      <source>Female (P)</source>
      <translation>Perempuan (P)</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Aktif</translation>
    </message>
    <message>
      <source>Left on %1</source>
      <translation>Keluar %1</translation>
    </message>
    <message>
      <source>Inactive</source>
      <translation>Tidak aktif</translation>
    </message>
    <message numerus="yes">
      <source>%n sale(s)</source>
      <translation>
        <numerusform>%n penjualan</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n slip(s)</source>
      <translation>
        <numerusform>%n slip</numerusform>
      </translation>
    </message>
    <message>
      <source>deductions %1</source>
      <translation>potongan %1</translation>
    </message>
    <message>
      <source>owed to the member</source>
      <translation>masih menjadi hak anggota</translation>
    </message>
    <message>
      <source>nothing owed</source>
      <translation>tidak ada tunggakan</translation>
    </message>
    <message numerus="yes">
      <source>%n open delivery(ies)</source>
      <translation>
        <numerusform>%n setoran belum terjual</numerusform>
      </translation>
    </message>
    <message>
      <source>not yet paid</source>
      <translation>belum dibayar</translation>
    </message>
    <message>
      <source>The period ends before it starts.</source>
      <translation>Tanggal akhir periode lebih awal dari tanggal awalnya.</translation>
    </message>
    <message>
      <source>Member statement %1, %2 to %3</source>
      <translation>Rekening anggota %1, %2 s.d. %3</translation>
    </message>
    <message>
      <source>Preparing the statement…</source>
      <translation>Menyiapkan rekening anggota…</translation>
    </message>
    <message>
      <source>Exit statement %1</source>
      <translation>Surat keluar anggota %1</translation>
    </message>
    <message>
      <source>Preparing the exit statement…</source>
      <translation>Menyiapkan surat keluar anggota…</translation>
    </message>
  </context>
  <context>
    <name>MemberPicker</name>
    <message>
      <source>Type a member number or name</source>
      <translation>Ketik nomor atau nama anggota</translation>
    </message>
  </context>
  <context>
    <name>MemberTableModel</name>
    <message>
      <source>Number</source>
      <translation>Nomor</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>NIK</source>
      <translation>NIK</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>Desa</translation>
    </message>
    <message>
      <source>Joined</source>
      <translation>Bergabung</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Aktif</translation>
    </message>
    <message>
      <source>Inactive</source>
      <translation>Tidak aktif</translation>
    </message>
  </context>
  <context>
    <name>MembersPage</name>
    <message>
      <source>Members</source>
      <translation>Anggota</translation>
    </message>
    <message>
      <source>Search name, number, NIK or village…</source>
      <translation>Cari nama, nomor, NIK, atau desa…</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Aktif</translation>
    </message>
    <message>
      <source>Inactive</source>
      <translation>Tidak aktif</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Semua</translation>
    </message>
    <message>
      <source>&amp;Add member</source>
      <translation>Tambah &amp;anggota</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>Uba&amp;h</translation>
    </message>
    <message>
      <source>Deac&amp;tivate</source>
      <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
      <source>Member &amp;page</source>
      <translation>Halaman an&amp;ggota</translation>
    </message>
    <message numerus="yes">
      <source>%n member(s)</source>
      <translation>
        <numerusform>%n anggota</numerusform>
      </translation>
    </message>
    <message>
      <source>Deactivate member</source>
      <translation>Nonaktifkan anggota</translation>
    </message>
    <message>
      <source>Deactivate %1 (%2)? Their records are kept.</source>
      <translation>Nonaktifkan %1 (%2)? Catatannya tetap disimpan.</translation>
    </message>
    <message>
      <source>No member matches “%1”.</source>
      <translation>Tidak ada anggota yang cocok dengan “%1”.</translation>
    </message>
  </context>
  <context>
    <name>MoneyPrinting</name>
    <message>
      <source>Preparing the document…</source>
      <translation>Menyiapkan dokumen…</translation>
    </message>
    <message>
      <source>Receipt %1</source>
      <translation>Kwitansi %1</translation>
    </message>
    <message>
      <source>Loan %1</source>
      <translation>Pinjaman %1</translation>
    </message>
    <message>
      <source>Bank book %1 to %2</source>
      <translation>Buku bank %1 s.d. %2</translation>
    </message>
    <message>
      <source>Cash book %1 to %2</source>
      <translation>Buku kas %1 s.d. %2</translation>
    </message>
  </context>
  <context>
    <name>MovingInWizard</name>
    <message>
      <source>Move in from the old books</source>
      <translation>Pindah dari pembukuan lama</translation>
    </message>
    <message>
      <source>Excel (.xlsx) or CSV file</source>
      <translation>Berkas Excel (.xlsx) atau CSV</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Pilih…</translation>
    </message>
    <message>
      <source>Save template…</source>
      <translation>Simpan templat…</translation>
    </message>
    <message>
      <source>Import only the good rows</source>
      <translation>Impor hanya baris yang benar</translation>
    </message>
    <message>
      <source>What to import</source>
      <translation>Yang diimpor</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Berkas</translation>
    </message>
    <message>
      <source>Start date (opening balances)</source>
      <translation>Tanggal mulai (saldo awal)</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Baris</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Hasil</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Kolom</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Alasan</translation>
    </message>
    <message>
      <source>&amp;Preview</source>
      <translation>&amp;Pratinjau</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Impor</translation>
    </message>
    <message>
      <source>Post &amp;opening balances</source>
      <translation>Bukukan &amp;saldo awal</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
      <source>Post the opening balances</source>
      <translation>Bukukan saldo awal</translation>
    </message>
    <message>
      <source>The member list: number, name, NIK, village, date joined.</source>
      <translation>Daftar anggota: nomor, nama, NIK, desa, tanggal masuk.</translation>
    </message>
    <message>
      <source>Each member's simpanan pokok, wajib and sukarela, and the wajib arrears up to last month.</source>
      <translation>Simpanan pokok, wajib dan sukarela tiap anggota, serta tunggakan wajib sampai bulan lalu.</translation>
    </message>
    <message>
      <source>Loans and kasbon still owed: remaining principal and terms.</source>
      <translation>Pinjaman dan kasbon yang belum lunas: sisa pokok dan syaratnya.</translation>
    </message>
    <message>
      <source>Sales made in the old books, each member's share and the date it was paid (empty when not yet paid).</source>
      <translation>Penjualan di pembukuan lama, bagian tiap anggota dan tanggal dibayarnya (kosong bila belum dibayar).</translation>
    </message>
    <message>
      <source>Old sales and members' shares</source>
      <translation>Penjualan lama dan bagian anggota</translation>
    </message>
    <message>
      <source>SHU of past years not yet paid to members.</source>
      <translation>SHU tahun lalu yang belum dibayar ke anggota.</translation>
    </message>
    <message>
      <source>Deliveries weighed but not yet sold (if any).</source>
      <translation>Setoran yang sudah ditimbang tetapi belum terjual (bila ada).</translation>
    </message>
    <message>
      <source>The account balances of the last balance sheet (neraca).</source>
      <translation>Saldo akun dari neraca terakhir.</translation>
    </message>
    <message>
      <source>When no difference is left, post the opening balances on the start date.</source>
      <translation>Bila tidak ada selisih lagi, bukukan saldo awal pada tanggal mulai.</translation>
    </message>
    <message>
      <source>Differences left before the opening:</source>
      <translation>Selisih yang masih harus dibetulkan sebelum saldo awal:</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Anggota</translation>
    </message>
    <message>
      <source>Opening savings</source>
      <translation>Simpanan awal</translation>
    </message>
    <message>
      <source>Outstanding loans and kasbon</source>
      <translation>Pinjaman dan kasbon berjalan</translation>
    </message>
    <message>
      <source>Account balances (neraca)</source>
      <translation>Saldo akun (neraca)</translation>
    </message>
    <message>
      <source>SHU of past years not yet paid</source>
      <translation>SHU tahun lalu yang belum dibayar</translation>
    </message>
    <message>
      <source>Deliveries not yet sold</source>
      <translation>Setoran yang belum dijual</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>Pilih berkas</translation>
    </message>
    <message>
      <source>Excel or CSV (*.xlsx *.csv)</source>
      <translation>Excel atau CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>Save template</source>
      <translation>Simpan templat</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>Membaca berkas…</translation>
    </message>
    <message>
      <source>new</source>
      <translation>baru</translation>
    </message>
    <message>
      <source>updated</source>
      <translation>diubah</translation>
    </message>
    <message>
      <source>unchanged</source>
      <translation>tidak berubah</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>ditolak</translation>
    </message>
  </context>
  <context>
    <name>NewBookWizard</name>
    <message>
      <source>New book</source>
      <translation>Buku baru</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
      <source>&amp;Create the book</source>
      <translation>&amp;Buat buku</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Creating the book…</source>
      <translation>Membuat buku…</translation>
    </message>
  </context>
  <context>
    <name>PayExitDialog</name>
    <message>
      <source>Pay kept savings: %1</source>
      <translation>Bayar simpanan tertahan: %1</translation>
    </message>
    <message>
      <source>&amp;Amount</source>
      <translation>&amp;Jumlah</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation>&amp;Dari</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Tanggal</translation>
    </message>
    <message>
      <source>Cash (Kas)</source>
      <translation>Kas (tunai)</translation>
    </message>
    <message>
      <source>Bank</source>
      <translation>Bank</translation>
    </message>
    <message>
      <source>&amp;Pay…</source>
      <translation>&amp;Bayar…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Savings still owed to the member (2110): %1</source>
      <translation>Simpanan yang masih terutang kepada anggota (2110): %1</translation>
    </message>
    <message>
      <source>Pay %1 to %2 from %3 on %4?</source>
      <translation>Bayar %1 kepada %2 dari %3 pada %4?</translation>
    </message>
    <message>
      <source>Pay kept savings</source>
      <translation>Bayar simpanan tertahan</translation>
    </message>
    <message>
      <source>Recording the payment…</source>
      <translation>Mencatat pembayaran…</translation>
    </message>
  </context>
  <context>
    <name>PayoutTableModel</name>
    <message>
      <source>Wajib</source>
      <translation>Wajib</translation>
    </message>
    <message>
      <source>Kasbon</source>
      <translation>Kasbon</translation>
    </message>
    <message>
      <source>Loan</source>
      <translation>Pinjaman</translation>
    </message>
    <message>
      <source>Paid out</source>
      <translation>Dibayarkan</translation>
    </message>
    <message>
      <source>Deducted from the share in this order: wajib in arrears, kasbon, loan installments due; each as far as the share goes.</source>
      <translation>Dipotong dari bagian anggota dengan urutan: tunggakan simpanan wajib, kasbon, angsuran pinjaman yang jatuh tempo; masing-masing sejauh bagiannya mencukupi.</translation>
    </message>
    <message>
      <source>Due %1, deducted %2</source>
      <translation>Kewajiban %1, dipotong %2</translation>
    </message>
    <message>
      <source>(principal %1, service %2)</source>
      <translation>(pokok %1, jasa %2)</translation>
    </message>
    <message>
      <source>%1 stays owed</source>
      <translation>%1 masih terutang</translation>
    </message>
  </context>
  <context>
    <name>PayoutsPage</name>
    <message>
      <source>Payouts</source>
      <translation>Pembayaran</translation>
    </message>
    <message>
      <source>Pay members their shares</source>
      <translation>Pembayaran bagian anggota</translation>
    </message>
    <message>
      <source>&amp;Sale:</source>
      <translation>&amp;Penjualan:</translation>
    </message>
    <message>
      <source>Only sales with unpaid shares</source>
      <translation>Hanya yang belum lunas</translation>
    </message>
    <message>
      <source>Find a member; Enter ticks</source>
      <translation>Cari anggota; Enter = centang</translation>
    </message>
    <message>
      <source>Select &amp;all unpaid</source>
      <translation>Pilih &amp;semua yang belum dibayar</translation>
    </message>
    <message>
      <source>Select &amp;none</source>
      <translation>&amp;Kosongkan pilihan</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>Pembayaran</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>Ta&amp;nggal</translation>
    </message>
    <message>
      <source>&amp;Method</source>
      <translation>&amp;Cara bayar</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Tunai</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>Transfer</translation>
    </message>
    <message>
      <source>P&amp;rint slips of this sale…</source>
      <translation>Cetak sl&amp;ip penjualan ini…</translation>
    </message>
    <message>
      <source>&amp;Void slip…</source>
      <translation>Bata&amp;lkan slip…</translation>
    </message>
    <message numerus="yes">
      <source>%n unpaid</source>
      <translation>
        <numerusform>%n belum dibayar</numerusform>
      </translation>
    </message>
    <message>
      <source>all paid</source>
      <translation>lunas</translation>
    </message>
    <message>
      <source>No settled sale to pay yet.</source>
      <translation>Belum ada penjualan yang dapat dibayarkan.</translation>
    </message>
    <message>
      <source>%1 sold to %2 on %3: net &lt;b&gt;%4&lt;/b&gt; for %5 members, %6 of them paid.</source>
      <translation>%1 dijual ke %2 pada %3: hasil bersih &lt;b&gt;%4&lt;/b&gt; untuk %5 anggota, %6 di antaranya sudah dibayar.</translation>
    </message>
    <message>
      <source>Shares &lt;b&gt;%1&lt;/b&gt; · paid &lt;b&gt;%2&lt;/b&gt; · unpaid &lt;b&gt;%3&lt;/b&gt;</source>
      <translation>Bagian anggota &lt;b&gt;%1&lt;/b&gt; · sudah dibayar &lt;b&gt;%2&lt;/b&gt; · belum dibayar &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
      <source>deductions &lt;b&gt;%1&lt;/b&gt;</source>
      <translation>potongan &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
      <source>%n member(s) selected: &lt;b&gt;%1&lt;/b&gt;</source>
      <translation>
        <numerusform>%n anggota dipilih: &lt;b&gt;%1&lt;/b&gt;</numerusform>
      </translation>
    </message>
    <message>
      <source>paid out after deductions &lt;b&gt;%1&lt;/b&gt;</source>
      <translation>dibayarkan setelah potongan &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&amp;Pay selected</source>
      <translation>Ba&amp;yar yang dipilih</translation>
    </message>
    <message numerus="yes">
      <source>Pay %n member(s) their shares of sale %1, %2 in all, by %3 on %4?</source>
      <translation>
        <numerusform>Bayar bagian %n anggota dari penjualan %1, seluruhnya %2, secara %3 pada %4?</numerusform>
      </translation>
    </message>
    <message>
      <source>The rules deduct %1 (wajib, kasbon, loan installments); %2 is paid out.</source>
      <translation>Dipotong %1 (simpanan wajib, kasbon, angsuran pinjaman); yang dibayarkan %2.</translation>
    </message>
    <message>
      <source>Pay members</source>
      <translation>Bayar anggota</translation>
    </message>
    <message numerus="yes">
      <source>Paid %n member(s) with slips %1 to %2. Print the slips now?</source>
      <translation>
        <numerusform>%n anggota sudah dibayar dengan slip %1 sampai %2. Cetak slipnya sekarang?</numerusform>
      </translation>
    </message>
    <message>
      <source>Print slips</source>
      <translation>Cetak slip</translation>
    </message>
    <message>
      <source>Paying…</source>
      <translation>Membayar…</translation>
    </message>
    <message>
      <source>Payout slips from %1</source>
      <translation>Slip pembayaran mulai %1</translation>
    </message>
    <message>
      <source>Payout slips of sale %1</source>
      <translation>Slip pembayaran penjualan %1</translation>
    </message>
    <message numerus="yes">
      <source>%n slip(s) sent to the thermal printer</source>
      <translation>
        <numerusform>%n slip dikirim ke printer thermal</numerusform>
      </translation>
    </message>
    <message>
      <source>Printing the slips…</source>
      <translation>Mencetak slip…</translation>
    </message>
    <message>
      <source>Preparing the slips…</source>
      <translation>Menyiapkan slip…</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Cetak…</translation>
    </message>
    <message>
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n halaman</numerusform>
      </translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Simpan sebagai PDF</translation>
    </message>
  </context>
  <context>
    <name>PlotsTab</name>
    <message>
      <source>Plot</source>
      <translation>Kebun</translation>
    </message>
    <message>
      <source>Area (ha)</source>
      <translation>Luas (ha)</translation>
    </message>
    <message>
      <source>Planted</source>
      <translation>Tahun tanam</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Lokasi</translation>
    </message>
    <message>
      <source>e-STDB</source>
      <translation>e-STDB</translation>
    </message>
    <message>
      <source>No mapped plot: this member's deliveries are untraceable.</source>
      <translation>Belum ada kebun terpetakan: setoran anggota ini tidak tertelusur.</translation>
    </message>
    <message>
      <source>Point</source>
      <translation>Titik</translation>
    </message>
    <message>
      <source>Polygon</source>
      <translation>Poligon</translation>
    </message>
  </context>
  <context>
    <name>Plurals</name>
    <message numerus="yes">
      <source>Total: %n member(s)</source>
      <translation>
        <numerusform>Jumlah: %n anggota</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unpaid</source>
      <translation>
        <numerusform>%n belum dibayar</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PoolPage</name>
    <message>
      <source>Deliveries in the pool</source>
      <translation>Setoran yang digabungkan</translation>
    </message>
    <message>
      <source>Every open %1 delivery dated on or before %2. Untick a delivery to leave it for a later sale.</source>
      <translation>Semua setoran %1 yang belum terjual sampai tanggal %2. Hilangkan centang pada setoran yang ingin ditinggalkan untuk penjualan berikutnya.</translation>
    </message>
    <message>
      <source>Select &amp;all</source>
      <translation>Pilih &amp;semua</translation>
    </message>
    <message>
      <source>Select &amp;none</source>
      <translation>&amp;Kosongkan pilihan</translation>
    </message>
    <message>
      <source>Only deliveries from mapped &amp;plots (traceable lot)</source>
      <translation>Hanya setoran dari kebun &amp;terpetakan (lot tertelusur)</translation>
    </message>
    <message>
      <source>Every delivery in the pool comes from a mapped plot.</source>
      <translation>Setiap setoran dalam himpunan berasal dari kebun terpetakan.</translation>
    </message>
    <message numerus="yes">
      <source>%n delivery(ies) without a mapped plot left for a later sale.</source>
      <translation>
        <numerusform>%n setoran tanpa kebun terpetakan disisihkan untuk penjualan berikutnya.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n delivery(ies) without a mapped plot: the lot will not be fully traceable.</source>
      <translation>
        <numerusform>%n setoran tanpa kebun terpetakan: lot tidak akan tertelusur penuh.</numerusform>
      </translation>
    </message>
    <message>
      <source>&lt;b&gt;%1&lt;/b&gt; of %2 deliveries · &lt;b&gt;%3&lt;/b&gt; members · &lt;b&gt;%4&lt;/b&gt; net</source>
      <translation>&lt;b&gt;%1&lt;/b&gt; dari %2 setoran · &lt;b&gt;%3&lt;/b&gt; anggota · berat bersih &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
      <source> · %1 dry-weight equivalent</source>
      <translation> · setara kering %1</translation>
    </message>
  </context>
  <context>
    <name>PoolTableModel</name>
    <message>
      <source>Receipt</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Anggota</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Net weight (kg)</source>
      <translation>Berat bersih (kg)</translation>
    </message>
    <message>
      <source>Quality</source>
      <translation>Kadar</translation>
    </message>
    <message>
      <source>Equivalent (kg)</source>
      <translation>Setara kering (kg)</translation>
    </message>
  </context>
  <context>
    <name>PrefixPage</name>
    <message>
      <source>Member numbers</source>
      <translation>Nomor anggota</translation>
    </message>
    <message>
      <source>Every member gets a number made of a short prefix and a running number.</source>
      <translation>Setiap anggota mendapat nomor yang terdiri dari awalan singkat dan nomor urut.</translation>
    </message>
    <message>
      <source>&amp;Prefix</source>
      <translation>&amp;Awalan</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>Contoh</translation>
    </message>
    <message>
      <source>1 to 6 letters or digits</source>
      <translation>1 sampai 6 huruf atau angka</translation>
    </message>
    <message>
      <source>Use the cooperative's initials, for example LJ for Lembah Jaya. The prefix can be changed later; members keep the numbers they already have.</source>
      <translation>Gunakan singkatan nama koperasi, misalnya LJ untuk Lembah Jaya. Awalan dapat diubah nanti; anggota tetap memakai nomor yang sudah dimilikinya.</translation>
    </message>
  </context>
  <context>
    <name>Profile</name>
    <message>
      <source>Cooperative's &amp;name</source>
      <translation>&amp;Nama koperasi</translation>
    </message>
    <message>
      <source>&amp;Address</source>
      <translation>&amp;Alamat</translation>
    </message>
    <message>
      <source>&amp;Village</source>
      <translation>&amp;Desa</translation>
    </message>
    <message>
      <source>&amp;District (kecamatan)</source>
      <translation>Ke&amp;camatan</translation>
    </message>
    <message>
      <source>&amp;Regency (kabupaten)</source>
      <translation>Kabu&amp;paten</translation>
    </message>
    <message>
      <source>&amp;Province</source>
      <translation>Pro&amp;vinsi</translation>
    </message>
    <message>
      <source>Re&amp;gistration no. (badan hukum)</source>
      <translation>No. badan &amp;hukum</translation>
    </message>
    <message>
      <source>&amp;Chairman</source>
      <translation>&amp;Ketua</translation>
    </message>
    <message>
      <source>&amp;Treasurer</source>
      <translation>Bendaha&amp;ra</translation>
    </message>
    <message>
      <source>P&amp;hone</source>
      <translation>Telep&amp;on</translation>
    </message>
    <message>
      <source>e.g. Koperasi Produsen Tani Lembah Jaya</source>
      <translation>mis. Koperasi Produsen Tani Lembah Jaya</translation>
    </message>
    <message>
      <source>Street and number</source>
      <translation>Jalan dan nomor</translation>
    </message>
    <message>
      <source>e.g. AHU-0001234.AH.01.26.TAHUN 2021</source>
      <translation>mis. AHU-0001234.AH.01.26.TAHUN 2021</translation>
    </message>
  </context>
  <context>
    <name>ProfilePage</name>
    <message>
      <source>The cooperative</source>
      <translation>Koperasi</translation>
    </message>
    <message>
      <source>As it will print at the top of every receipt, slip and report. Only the name is required; the rest can be filled in later under Settings.</source>
      <translation>Seperti yang akan tercetak di kop setiap nota, slip, dan laporan. Hanya nama yang wajib diisi; sisanya dapat dilengkapi nanti di Pengaturan.</translation>
    </message>
    <message>
      <source>The cooperative's name is required.</source>
      <translation>Nama koperasi wajib diisi.</translation>
    </message>
  </context>
  <context>
    <name>RepayDialog</name>
    <message>
      <source>Loan repayment</source>
      <translation>Pembayaran angsuran</translation>
    </message>
    <message>
      <source>&amp;Member</source>
      <translation>&amp;Anggota</translation>
    </message>
    <message>
      <source>&amp;Loan</source>
      <translation>&amp;Pinjaman</translation>
    </message>
    <message>
      <source>&amp;Amount (Rp)</source>
      <translation>J&amp;umlah (Rp)</translation>
    </message>
    <message>
      <source>What is &amp;due</source>
      <translation>Yang &amp;jatuh tempo</translation>
    </message>
    <message>
      <source>Pay &amp;off</source>
      <translation>&amp;Lunasi</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>Ta&amp;nggal</translation>
    </message>
    <message>
      <source>&amp;Paid</source>
      <translation>&amp;Cara bayar</translation>
    </message>
    <message>
      <source>In cash</source>
      <translation>Tunai</translation>
    </message>
    <message>
      <source>By bank transfer</source>
      <translation>Transfer bank</translation>
    </message>
    <message>
      <source>Save and print &amp;receipt</source>
      <translation>Simpan dan cetak &amp;kwitansi</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>kasbon</source>
      <translation>kasbon</translation>
    </message>
    <message>
      <source>pinjaman</source>
      <translation>pinjaman</translation>
    </message>
    <message>
      <source>This member has no open loan.</source>
      <translation>Anggota ini tidak mempunyai pinjaman yang belum lunas.</translation>
    </message>
    <message>
      <source>Principal still owed &lt;b&gt;%1&lt;/b&gt;; due now %2 (principal %3, service %4)</source>
      <translation>Sisa pokok &lt;b&gt;%1&lt;/b&gt;; jatuh tempo sekarang %2 (pokok %3, jasa %4)</translation>
    </message>
    <message>
      <source>Next installment %1 on %2.</source>
      <translation>Angsuran berikutnya %1 pada %2.</translation>
    </message>
    <message>
      <source>The loan</source>
      <translation>Pinjaman</translation>
    </message>
    <message>
      <source>The amount</source>
      <translation>Jumlah</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Menyimpan…</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Reports</source>
      <translation>Laporan</translation>
    </message>
    <message>
      <source>Trial balance</source>
      <translation>Neraca saldo</translation>
    </message>
    <message>
      <source>Every account's debits and credits up to a date. Total debits must equal total credits.</source>
      <translation>Debit dan kredit setiap akun sampai suatu tanggal. Jumlah debit harus sama dengan jumlah kredit.</translation>
    </message>
    <message>
      <source>General journal</source>
      <translation>Jurnal umum</translation>
    </message>
    <message>
      <source>Every journal entry of a period, with its accounts, debits and credits.</source>
      <translation>Semua jurnal dalam suatu periode, dengan akun, debit, dan kreditnya.</translation>
    </message>
    <message>
      <source>Member register</source>
      <translation>Daftar anggota</translation>
    </message>
    <message>
      <source>Every member with number, NIK, village, join date and status.</source>
      <translation>Semua anggota dengan nomor, NIK, desa, tanggal masuk, dan statusnya.</translation>
    </message>
    <message>
      <source>Settlement of a sale</source>
      <translation>Daftar pembagian hasil penjualan</translation>
    </message>
    <message>
      <source>A sale's figures and every member's share of it, with room for each member to sign.</source>
      <translation>Rincian sebuah penjualan dan bagian setiap anggota, dengan tempat tanda tangan anggota.</translation>
    </message>
    <message>
      <source>Payout slips</source>
      <translation>Slip pembayaran</translation>
    </message>
    <message>
      <source>The slips members signed when paid their share of a sale, one a page.</source>
      <translation>Slip yang ditandatangani anggota saat menerima bagian hasil penjualan, satu slip per halaman.</translation>
    </message>
    <message>
      <source>Delivery receipt</source>
      <translation>Nota timbang</translation>
    </message>
    <message>
      <source>The receipt (nota timbang) of one weighing, to print again.</source>
      <translation>Nota timbang satu setoran, untuk dicetak ulang.</translation>
    </message>
    <message>
      <source>Member statement</source>
      <translation>Rekening anggota</translation>
    </message>
    <message>
      <source>A member's deliveries, shares and payouts in a period, and what the cooperative owes them.</source>
      <translation>Setoran, bagian hasil penjualan, dan pembayaran seorang anggota dalam suatu periode, serta sisa yang masih menjadi haknya.</translation>
    </message>
    <message>
      <source>&amp;Preview and print…</source>
      <translation>&amp;Pratinjau dan cetak…</translation>
    </message>
    <message>
      <source>&amp;As of</source>
      <translation>Pe&amp;r tanggal</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Nama akun</translation>
    </message>
    <message>
      <source>Debit</source>
      <translation>Debit</translation>
    </message>
    <message>
      <source>Credit</source>
      <translation>Kredit</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Saldo</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation>&amp;Dari</translation>
    </message>
    <message>
      <source>&amp;To</source>
      <translation>&amp;Sampai</translation>
    </message>
    <message>
      <source>&amp;Members</source>
      <translation>&amp;Anggota</translation>
    </message>
    <message>
      <source>All members</source>
      <translation>Semua anggota</translation>
    </message>
    <message>
      <source>Active members</source>
      <translation>Anggota aktif</translation>
    </message>
    <message>
      <source>Members who left</source>
      <translation>Anggota yang sudah keluar</translation>
    </message>
    <message>
      <source>&amp;Sale</source>
      <translation>&amp;Penjualan</translation>
    </message>
    <message>
      <source>No sale has been settled yet.</source>
      <translation>Belum ada penjualan.</translation>
    </message>
    <message>
      <source>&amp;Date weighed</source>
      <translation>&amp;Tanggal timbang</translation>
    </message>
    <message>
      <source>&amp;Receipt no.</source>
      <translation>No. &amp;nota</translation>
    </message>
    <message>
      <source>&amp;Member</source>
      <translation>&amp;Anggota</translation>
    </message>
    <message>
      <source>Search name, number, NIK or village…</source>
      <translation>Cari nama, nomor, NIK, atau desa…</translation>
    </message>
    <message>
      <source>A5</source>
      <translation>A5</translation>
    </message>
    <message>
      <source>A6</source>
      <translation>A6</translation>
    </message>
    <message>
      <source>80 mm roll</source>
      <translation>kertas gulung 80 mm</translation>
    </message>
    <message>
      <source>Prints on %1 (change it under Settings → Paper).</source>
      <translation>Dicetak pada %1 (ubah di Pengaturan → Kertas cetakan).</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Jumlah</translation>
    </message>
    <message>
      <source>Balanced as of %1: total debits = total credits = %2.</source>
      <translation>Seimbang per %1: jumlah debit = jumlah kredit = %2.</translation>
    </message>
    <message>
      <source>NOT balanced as of %1: debits and credits differ by %2. Run the book check and tell whoever keeps the program.</source>
      <translation>TIDAK seimbang per %1: selisih debit dan kredit %2. Jalankan pemeriksaan buku dan beri tahu pengelola program.</translation>
    </message>
    <message>
      <source>No deliveries were weighed on this day.</source>
      <translation>Tidak ada setoran yang ditimbang pada hari ini.</translation>
    </message>
    <message>
      <source>The period ends before it starts.</source>
      <translation>Tanggal akhir periode lebih awal dari tanggal awalnya.</translation>
    </message>
    <message>
      <source>No member has been paid from this sale yet.</source>
      <translation>Belum ada anggota yang dibayar dari penjualan ini.</translation>
    </message>
    <message>
      <source>Preparing %1…</source>
      <translation>Menyiapkan %1…</translation>
    </message>
    <message>
      <source>Trial balance as of %1</source>
      <translation>Neraca saldo per %1</translation>
    </message>
    <message>
      <source>General journal %1 to %2</source>
      <translation>Jurnal umum %1 s.d. %2</translation>
    </message>
    <message>
      <source>Settlement of sale %1</source>
      <translation>Daftar pembagian hasil penjualan %1</translation>
    </message>
    <message>
      <source>Payout slips of sale %1</source>
      <translation>Slip pembayaran penjualan %1</translation>
    </message>
    <message>
      <source>Delivery receipt %1</source>
      <translation>Nota timbang %1</translation>
    </message>
    <message>
      <source>Member statement %1, %2 to %3</source>
      <translation>Rekening anggota %1, %2 s.d. %3</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Restore from a backup</source>
      <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
      <source>Backups in %1. Restoring makes a NEW book file; the open book is not touched.</source>
      <translation>Cadangan di %1. Pemulihan membuat berkas buku BARU; buku yang terbuka tidak disentuh.</translation>
    </message>
    <message>
      <source>Made on</source>
      <translation>Dibuat</translation>
    </message>
    <message>
      <source>Verified</source>
      <translation>Terverifikasi</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Anggota</translation>
    </message>
    <message>
      <source>Total debit</source>
      <translation>Total debit</translation>
    </message>
    <message>
      <source>Audit code</source>
      <translation>Kode audit</translation>
    </message>
    <message>
      <source>Choose another &amp;file…</source>
      <translation>Pilih &amp;berkas lain…</translation>
    </message>
    <message>
      <source>What the backup holds</source>
      <translation>Isi cadangan</translation>
    </message>
    <message>
      <source>&amp;Restore into a new file…</source>
      <translation>&amp;Pulihkan ke berkas baru…</translation>
    </message>
    <message>
      <source>&amp;Open the restored book</source>
      <translation>&amp;Buka buku hasil pemulihan</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ya</translation>
    </message>
    <message>
      <source>NO</source>
      <translation>TIDAK</translation>
    </message>
    <message>
      <source>Choose a backup</source>
      <translation>Pilih cadangan</translation>
    </message>
    <message>
      <source>This backup did not pass its check: %1</source>
      <translation>Cadangan ini tidak lolos pemeriksaan: %1</translation>
    </message>
    <message>
      <source>No backup chosen.</source>
      <translation>Belum ada cadangan yang dipilih.</translation>
    </message>
    <message>
      <source>No backup found here.</source>
      <translation>Tidak ada cadangan di sini.</translation>
    </message>
    <message>
      <source>File: %1</source>
      <translation>Berkas: %1</translation>
    </message>
    <message>
      <source>Made on: %1</source>
      <translation>Dibuat: %1</translation>
    </message>
    <message>
      <source>Members: %1</source>
      <translation>Anggota: %1</translation>
    </message>
    <message>
      <source>Trial balance: debit %1, credit %2</source>
      <translation>Neraca saldo: debit %1, kredit %2</translation>
    </message>
    <message>
      <source>Last journal entry: %1</source>
      <translation>Jurnal terakhir: %1</translation>
    </message>
    <message>
      <source>Audit code: %1</source>
      <translation>Kode audit: %1</translation>
    </message>
    <message>
      <source>Check: passed</source>
      <translation>Pemeriksaan: lolos</translation>
    </message>
    <message>
      <source>Check: FAILED</source>
      <translation>Pemeriksaan: GAGAL</translation>
    </message>
    <message>
      <source>Restore into a new book file</source>
      <translation>Pulihkan ke berkas buku baru</translation>
    </message>
    <message>
      <source>That is the open book; a backup is restored into a new file only.</source>
      <translation>Itu buku yang sedang terbuka; cadangan hanya dipulihkan ke berkas baru.</translation>
    </message>
    <message>
      <source>Restoring…</source>
      <translation>Memulihkan…</translation>
    </message>
    <message>
      <source>Restored into %1: %2 members, debit %3 = credit %4.</source>
      <translation>Dipulihkan ke %1: %2 anggota, debit %3 = kredit %4.</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <source>treasurer</source>
      <translation>bendahara</translation>
    </message>
    <message>
      <source>chair</source>
      <translation>ketua</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation>pengawas</translation>
    </message>
    <message>
      <source>weighing clerk</source>
      <translation>petugas timbang</translation>
    </message>
    <message>
      <source>You are logged in as %1: a supervisor may read, not write.</source>
      <translation>Anda masuk sebagai %1: pengawas boleh membaca, tidak menulis.</translation>
    </message>
    <message>
      <source>Your role (%1) may not do this.</source>
      <translation>Peran Anda (%1) tidak boleh melakukan ini.</translation>
    </message>
  </context>
  <context>
    <name>RupiahEdit</name>
    <message>
      <source>e.g. 1.250.000</source>
      <translation>mis. 1.250.000</translation>
    </message>
  </context>
  <context>
    <name>Safety</name>
    <message>
      <source>User: %1 (%2)</source>
      <translation>Pengguna: %1 (%2)</translation>
    </message>
    <message>
      <source>&amp;Back up now</source>
      <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
      <source>&amp;Restore from a backup…</source>
      <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
      <source>Backup &amp;settings…</source>
      <translation>Pengaturan ca&amp;dangan…</translation>
    </message>
    <message>
      <source>&amp;Audit log…</source>
      <translation>Catatan &amp;audit…</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>Mencadangkan…</translation>
    </message>
    <message>
      <source>Backup saved and verified: %1 (%2, %3 members).</source>
      <translation>Cadangan tersimpan dan terverifikasi: %1 (%2, %3 anggota).</translation>
    </message>
    <message>
      <source>Copy also in %1.</source>
      <translation>Salinan juga di %1.</translation>
    </message>
    <message>
      <source>The second folder %1 is not there (USB drive not plugged in?).</source>
      <translation>Folder kedua %1 tidak ada (flashdisk belum dipasang?).</translation>
    </message>
    <message>
      <source>Backing up before closing…</source>
      <translation>Mencadangkan sebelum menutup…</translation>
    </message>
    <message>
      <source>This book has no verified backup in %1. Make one now: File → Back up now.</source>
      <translation>Buku ini belum punya cadangan terverifikasi di %1. Buat sekarang: Berkas → Cadangkan sekarang.</translation>
    </message>
    <message>
      <source>The last verified backup is from %1, %2 days ago. Make one now: File → Back up now.</source>
      <translation>Cadangan terverifikasi terakhir dari %1, %2 hari lalu. Buat sekarang: Berkas → Cadangkan sekarang.</translation>
    </message>
  </context>
  <context>
    <name>SaleTableModel</name>
    <message>
      <source>Number</source>
      <translation>Nomor</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <source>Commodity</source>
      <translation>Komoditas</translation>
    </message>
    <message>
      <source>Buyer</source>
      <translation>Pembeli</translation>
    </message>
    <message>
      <source>Sold (kg)</source>
      <translation>Terjual (kg)</translation>
    </message>
    <message>
      <source>Gross (Rp)</source>
      <translation>Bruto (Rp)</translation>
    </message>
    <message>
      <source>Fee (Rp)</source>
      <translation>Jasa (Rp)</translation>
    </message>
    <message>
      <source>Costs (Rp)</source>
      <translation>Biaya (Rp)</translation>
    </message>
    <message>
      <source>Net (Rp)</source>
      <translation>Bersih (Rp)</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>Dibayar</translation>
    </message>
    <message>
      <source>Deliveries</source>
      <translation>Setoran</translation>
    </message>
    <message>
      <source>Traceable</source>
      <translation>Tertelusur</translation>
    </message>
    <message>
      <source>VOID</source>
      <translation>BATAL</translation>
    </message>
    <message>
      <source>Fully</source>
      <translation>Penuh</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Tidak</translation>
    </message>
    <message>
      <source>Every delivery of the lot came from a mapped plot</source>
      <translation>Setiap setoran lot berasal dari kebun terpetakan</translation>
    </message>
    <message>
      <source>Some deliveries of the lot have no mapped plot</source>
      <translation>Sebagian setoran lot tidak punya kebun terpetakan</translation>
    </message>
    <message>
      <source>%1 of %2 members paid</source>
      <translation>%1 dari %2 anggota sudah dibayar</translation>
    </message>
  </context>
  <context>
    <name>SaleWizard</name>
    <message>
      <source>Settlement sheet %1</source>
      <translation>Daftar pembagian hasil %1</translation>
    </message>
    <message>
      <source>Preparing the settlement sheet…</source>
      <translation>Menyiapkan daftar pembagian hasil…</translation>
    </message>
    <message>
      <source>New collective sale</source>
      <translation>Penjualan kolektif baru</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; K&amp;embali</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
      <source>&amp;Settle sale</source>
      <translation>&amp;Simpan penjualan</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Tutup</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Discard this sale?</source>
      <translation>Batalkan penjualan ini?</translation>
    </message>
    <message>
      <source>Nothing has been saved yet. Close the wizard and discard what you typed?</source>
      <translation>Belum ada yang disimpan. Tutup jendela ini dan buang isian yang sudah diketik?</translation>
    </message>
  </context>
  <context>
    <name>SalesPage</name>
    <message>
      <source>Sales</source>
      <translation>Penjualan</translation>
    </message>
    <message>
      <source>Collective sales</source>
      <translation>Penjualan kolektif</translation>
    </message>
    <message>
      <source>Search sale number or buyer…</source>
      <translation>Cari nomor penjualan atau pembeli…</translation>
    </message>
    <message>
      <source>All commodities</source>
      <translation>Semua komoditas</translation>
    </message>
    <message>
      <source>All sales</source>
      <translation>Semua penjualan</translation>
    </message>
    <message>
      <source>With unpaid shares</source>
      <translation>Ada yang belum dibayar</translation>
    </message>
    <message>
      <source>&amp;New sale…</source>
      <translation>&amp;Penjualan baru…</translation>
    </message>
    <message>
      <source>&amp;Print settlement sheet…</source>
      <translation>&amp;Cetak daftar pembagian hasil…</translation>
    </message>
    <message>
      <source>Pa&amp;y members…</source>
      <translation>Ba&amp;yar anggota…</translation>
    </message>
    <message>
      <source>Lot &amp;trace…</source>
      <translation>&amp;Jejak lot…</translation>
    </message>
    <message>
      <source>Re&amp;verse sale…</source>
      <translation>Bata&amp;lkan penjualan…</translation>
    </message>
    <message>
      <source>Receive pay&amp;ment…</source>
      <translation>Te&amp;rima pelunasan…</translation>
    </message>
    <message numerus="yes">
      <source>%n sale(s)</source>
      <translation>
        <numerusform>%n penjualan</numerusform>
      </translation>
    </message>
    <message>
      <source>Sale details</source>
      <translation>Rincian penjualan</translation>
    </message>
    <message>
      <source>Choose a sale to see its figures.</source>
      <translation>Pilih penjualan untuk melihat rinciannya.</translation>
    </message>
    <message>
      <source>Sale %1 · %2 · %3</source>
      <translation>Penjualan %1 · %2 · %3</translation>
    </message>
    <message>
      <source>Cash (Kas)</source>
      <translation>Kas (tunai)</translation>
    </message>
    <message>
      <source>Bank</source>
      <translation>Bank</translation>
    </message>
    <message>
      <source>Buyer still owes it (receivable)</source>
      <translation>Piutang Pembeli (belum dibayar)</translation>
    </message>
    <message>
      <source>VOID</source>
      <translation>BATAL</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <source>Deliveries pooled</source>
      <translation>Setoran digabungkan</translation>
    </message>
    <message>
      <source>Pooled weight</source>
      <translation>Berat digabungkan</translation>
    </message>
    <message>
      <source>Sold weight</source>
      <translation>Berat terjual</translation>
    </message>
    <message>
      <source>Shrinkage</source>
      <translation>Susut</translation>
    </message>
    <message>
      <source>Price per kg</source>
      <translation>Harga per kg</translation>
    </message>
    <message>
      <source>Agreed total</source>
      <translation>Total harga disepakati</translation>
    </message>
    <message>
      <source>Gross</source>
      <translation>Bruto</translation>
    </message>
    <message>
      <source>Cooperative fee (%1)</source>
      <translation>Jasa koperasi (%1)</translation>
    </message>
    <message>
      <source>Costs</source>
      <translation>Biaya</translation>
    </message>
    <message>
      <source>Net to members</source>
      <translation>Hasil bersih untuk anggota</translation>
    </message>
    <message>
      <source>Received into</source>
      <translation>Diterima di</translation>
    </message>
  </context>
  <context>
    <name>SavingsDialog</name>
    <message>
      <source>Withdraw voluntary savings</source>
      <translation>Penarikan simpanan sukarela</translation>
    </message>
    <message>
      <source>Savings deposit</source>
      <translation>Setoran simpanan</translation>
    </message>
    <message>
      <source>&amp;Member</source>
      <translation>&amp;Anggota</translation>
    </message>
    <message>
      <source>&amp;Savings</source>
      <translation>&amp;Simpanan</translation>
    </message>
    <message>
      <source>&amp;Amount (Rp)</source>
      <translation>&amp;Jumlah (Rp)</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>Ta&amp;nggal</translation>
    </message>
    <message>
      <source>&amp;Paid</source>
      <translation>&amp;Cara bayar</translation>
    </message>
    <message>
      <source>N&amp;ote</source>
      <translation>Ca&amp;tatan</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>boleh dikosongkan</translation>
    </message>
    <message>
      <source>Simpanan pokok (principal, once)</source>
      <translation>Simpanan pokok (sekali saat masuk)</translation>
    </message>
    <message>
      <source>Simpanan wajib (mandatory, monthly)</source>
      <translation>Simpanan wajib (setiap bulan)</translation>
    </message>
    <message>
      <source>Simpanan sukarela (voluntary)</source>
      <translation>Simpanan sukarela</translation>
    </message>
    <message>
      <source>In cash</source>
      <translation>Tunai</translation>
    </message>
    <message>
      <source>By bank transfer</source>
      <translation>Transfer bank</translation>
    </message>
    <message>
      <source>Save and print &amp;receipt</source>
      <translation>Simpan dan cetak &amp;kwitansi</translation>
    </message>
    <message>
      <source>Pay out and print &amp;receipt</source>
      <translation>Bayarkan dan cetak &amp;kwitansi</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Now: pokok %1 · wajib %2 · sukarela %3</source>
      <translation>Saldo sekarang: pokok %1 · wajib %2 · sukarela %3</translation>
    </message>
    <message>
      <source>Wajib in arrears: %1</source>
      <translation>Tunggakan simpanan wajib: %1</translation>
    </message>
    <message>
      <source>Voluntary savings available: %1</source>
      <translation>Simpanan sukarela yang dapat ditarik: %1</translation>
    </message>
    <message>
      <source>The principal savings are paid already.</source>
      <translation>Simpanan pokok sudah lunas.</translation>
    </message>
    <message>
      <source>The member</source>
      <translation>Anggota</translation>
    </message>
    <message>
      <source>The amount</source>
      <translation>Jumlah</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Menyimpan…</translation>
    </message>
  </context>
  <context>
    <name>SavingsLoansPage</name>
    <message>
      <source>Savings &amp; loans</source>
      <translation>Simpanan &amp; Pinjaman</translation>
    </message>
    <message>
      <source>Savings &amp;rules…</source>
      <translation>K&amp;etentuan simpanan…</translation>
    </message>
    <message>
      <source>Find a member by number, name or village…</source>
      <translation>Cari anggota menurut nomor, nama, atau desa…</translation>
    </message>
    <message>
      <source>All members</source>
      <translation>Semua anggota</translation>
    </message>
    <message>
      <source>Behind with wajib</source>
      <translation>Menunggak simpanan wajib</translation>
    </message>
    <message>
      <source>With a loan</source>
      <translation>Mempunyai pinjaman</translation>
    </message>
    <message>
      <source>With installments due</source>
      <translation>Angsuran jatuh tempo</translation>
    </message>
    <message>
      <source>&amp;Deposit…</source>
      <translation>&amp;Setor simpanan…</translation>
    </message>
    <message>
      <source>&amp;Withdraw…</source>
      <translation>Ta&amp;rik sukarela…</translation>
    </message>
    <message>
      <source>&amp;Kasbon / loan…</source>
      <translation>&amp;Kasbon / pinjaman…</translation>
    </message>
    <message>
      <source>&amp;Repay loan…</source>
      <translation>Ba&amp;yar angsuran…</translation>
    </message>
    <message>
      <source>Member &amp;page</source>
      <translation>Halaman an&amp;ggota</translation>
    </message>
    <message>
      <source>SIMPANAN POKOK</source>
      <translation>SIMPANAN POKOK</translation>
    </message>
    <message>
      <source>SIMPANAN WAJIB</source>
      <translation>SIMPANAN WAJIB</translation>
    </message>
    <message>
      <source>SIMPANAN SUKARELA</source>
      <translation>SIMPANAN SUKARELA</translation>
    </message>
    <message>
      <source>LOANS OUTSTANDING</source>
      <translation>PINJAMAN BEREDAR</translation>
    </message>
    <message>
      <source>IN ARREARS</source>
      <translation>TUNGGAKAN</translation>
    </message>
    <message>
      <source>As of %1</source>
      <translation>Per %1</translation>
    </message>
    <message numerus="yes">
      <source>%n member(s) with a balance</source>
      <translation>
        <numerusform>%n anggota bersaldo</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n member(s) owing</source>
      <translation>
        <numerusform>%n anggota berutang</numerusform>
      </translation>
    </message>
    <message>
      <source>wajib %1
installments %2</source>
      <translation>wajib %1
angsuran %2</translation>
    </message>
    <message numerus="yes">
      <source>%n member(s)</source>
      <translation>
        <numerusform>%n anggota</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 of %2 members</source>
      <translation>%1 dari %2 anggota</translation>
    </message>
  </context>
  <context>
    <name>SavingsSettingsDialog</name>
    <message>
      <source>Savings rules</source>
      <translation>Ketentuan simpanan</translation>
    </message>
    <message>
      <source>Simpanan &amp;pokok (once, Rp)</source>
      <translation>Simpanan &amp;pokok (sekali, Rp)</translation>
    </message>
    <message>
      <source>Simpanan &amp;wajib a month (Rp)</source>
      <translation>Simpanan &amp;wajib per bulan (Rp)</translation>
    </message>
    <message>
      <source>Wajib is owed &amp;from the month</source>
      <translation>Simpanan wajib &amp;berlaku mulai bulan</translation>
    </message>
    <message>
      <source>&amp;Deduct the wajib in arrears from members' payouts</source>
      <translation>&amp;Potong tunggakan simpanan wajib dari pembayaran hasil panen anggota</translation>
    </message>
    <message>
      <source>Without a start month, each member owes the wajib from the month they joined. A payout deducts the wajib in arrears first, then kasbon, then loan installments due, each as far as the share goes.</source>
      <translation>Tanpa bulan mulai, simpanan wajib berlaku sejak bulan anggota masuk. Pembayaran hasil panen memotong tunggakan simpanan wajib lebih dahulu, lalu kasbon, lalu angsuran pinjaman yang jatuh tempo, masing-masing sejauh bagian anggota mencukupi.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Menyimpan…</translation>
    </message>
  </context>
  <context>
    <name>SavingsTableModel</name>
    <message>
      <source>Member</source>
      <translation>Anggota</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Pokok</source>
      <translation>Pokok</translation>
    </message>
    <message>
      <source>Wajib</source>
      <translation>Wajib</translation>
    </message>
    <message>
      <source>Sukarela</source>
      <translation>Sukarela</translation>
    </message>
    <message>
      <source>Wajib in arrears</source>
      <translation>Tunggakan wajib</translation>
    </message>
    <message>
      <source>Loans outstanding</source>
      <translation>Sisa pinjaman</translation>
    </message>
    <message>
      <source>Installments due</source>
      <translation>Angsuran jatuh tempo</translation>
    </message>
    <message>
      <source>No longer an active member</source>
      <translation>Bukan anggota aktif lagi</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>Pengaturan</translation>
    </message>
    <message>
      <source>The cooperative</source>
      <translation>Profil koperasi</translation>
    </message>
    <message>
      <source>&amp;Save profile</source>
      <translation>&amp;Simpan profil</translation>
    </message>
    <message>
      <source>Member numbers</source>
      <translation>Nomor anggota</translation>
    </message>
    <message>
      <source>P&amp;refix</source>
      <translation>Awalan</translation>
    </message>
    <message>
      <source>New members get numbers with this prefix. Members keep the numbers they already have.</source>
      <translation>Anggota baru mendapat nomor dengan awalan ini. Anggota lama tetap memakai nomor yang sudah dimilikinya.</translation>
    </message>
    <message>
      <source>Save &amp;prefix</source>
      <translation>Simpan a&amp;walan</translation>
    </message>
    <message>
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <source>&amp;Choose logo…</source>
      <translation>P&amp;ilih logo…</translation>
    </message>
    <message>
      <source>Remove lo&amp;go</source>
      <translation>Hapus lo&amp;go</translation>
    </message>
    <message>
      <source>A PNG or JPEG picture, printed beside the name on every document.</source>
      <translation>Gambar PNG atau JPEG, dicetak di samping nama koperasi pada setiap dokumen.</translation>
    </message>
    <message>
      <source>Commodities and service fees</source>
      <translation>Komoditas dan jasa koperasi</translation>
    </message>
    <message>
      <source>Commodity</source>
      <translation>Komoditas</translation>
    </message>
    <message>
      <source>Service fee</source>
      <translation>Jasa koperasi</translation>
    </message>
    <message>
      <source>Quality</source>
      <translation>Kadar</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>&amp;Add commodity</source>
      <translation>Tambah komoditas</translation>
    </message>
    <message>
      <source>&amp;Edit commodity</source>
      <translation>Ubah komoditas</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>Kertas cetakan</translation>
    </message>
    <message>
      <source>Delivery &amp;receipts</source>
      <translation>Nota timbang</translation>
    </message>
    <message>
      <source>Payout s&amp;lips</source>
      <translation>Slip pemba&amp;yaran</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Bahasa</translation>
    </message>
    <message>
      <source>&amp;Window</source>
      <translation>&amp;Layar</translation>
    </message>
    <message>
      <source>Pri&amp;ntouts</source>
      <translation>C&amp;etakan</translation>
    </message>
    <message>
      <source>The window's language is kept on this computer; the printouts' language is kept in the book, so every computer prints the same.</source>
      <translation>Bahasa layar disimpan di komputer ini; bahasa cetakan disimpan di dalam buku, sehingga setiap komputer mencetak dengan bahasa yang sama.</translation>
    </message>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <source>A5 (half of A4)</source>
      <translation>A5 (setengah A4)</translation>
    </message>
    <message>
      <source>A6 (quarter of A4)</source>
      <translation>A6 (seperempat A4)</translation>
    </message>
    <message>
      <source>80 mm roll (thermal printer)</source>
      <translation>Kertas gulung 80 mm (printer thermal)</translation>
    </message>
    <message>
      <source>The cooperative's name is required.</source>
      <translation>Nama koperasi wajib diisi.</translation>
    </message>
    <message>
      <source>Profile saved.</source>
      <translation>Profil tersimpan.</translation>
    </message>
    <message>
      <source>Example: %1</source>
      <translation>Contoh: %1</translation>
    </message>
    <message>
      <source>Prefix saved.</source>
      <translation>Awalan tersimpan.</translation>
    </message>
    <message>
      <source>No logo</source>
      <translation>Belum ada logo</translation>
    </message>
    <message>
      <source>Choose the cooperative's logo</source>
      <translation>Pilih logo koperasi</translation>
    </message>
    <message>
      <source>Pictures (*.png *.jpg *.jpeg)</source>
      <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>%1 is not a picture that can be read: choose a PNG or JPEG file.</source>
      <translation>%1 bukan gambar yang dapat dibaca: pilih berkas PNG atau JPEG.</translation>
    </message>
    <message>
      <source>KKK / quality</source>
      <translation>KKK / kadar</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>Aktif</translation>
    </message>
    <message>
      <source>Not in use</source>
      <translation>Tidak aktif</translation>
    </message>
  </context>
  <context>
    <name>ShareTableModel</name>
    <message>
      <source>Transfer</source>
      <translation>Transfer</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Tunai</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Anggota</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Deliveries</source>
      <translation>Setoran</translation>
    </message>
    <message>
      <source>Net weight (kg)</source>
      <translation>Berat bersih (kg)</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Bagian anggota</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Slip %1, %2, paid %3 by %4</source>
      <translation>Slip %1, %2, dibayar %3 secara %4</translation>
    </message>
    <message>
      <source>Unpaid</source>
      <translation>Belum dibayar</translation>
    </message>
    <message>
      <source>Paid · %1 · %2</source>
      <translation>Sudah dibayar · %1 · %2</translation>
    </message>
    <message>
      <source>All paid</source>
      <translation>Lunas</translation>
    </message>
  </context>
  <context>
    <name>ShuMixDialog</name>
    <message>
      <source>Jasa anggota by a mix</source>
      <translation>Jasa anggota menurut campuran</translation>
    </message>
    <message>
      <source>Each member's share of jasa anggota weighs their part of each basis by the percent given to it. The percents total 100 %.</source>
      <translation>Bagian jasa anggota setiap anggota menimbang bagiannya pada setiap dasar dengan persen yang diberikan kepadanya. Jumlah persennya 100 %.</translation>
    </message>
    <message>
      <source>&amp;Sale proceeds</source>
      <translation>Hasil &amp;penjualan</translation>
    </message>
    <message>
      <source>&amp;Loan service paid</source>
      <translation>&amp;Jasa pinjaman dibayar</translation>
    </message>
    <message>
      <source>&amp;Purchases from the cooperative</source>
      <translation>Pem&amp;belian dari koperasi</translation>
    </message>
    <message>
      <source>&amp;Keep it as the statutes' basis for later years</source>
      <translation>&amp;Simpan sebagai dasar menurut anggaran dasar untuk tahun berikutnya</translation>
    </message>
    <message>
      <source>Total %1</source>
      <translation>Jumlah %1</translation>
    </message>
    <message>
      <source>The percents total %1, not 100 %.</source>
      <translation>Jumlah persennya %1, bukan 100 %.</translation>
    </message>
  </context>
  <context>
    <name>ShuTableModel</name>
    <message>
      <source>Member</source>
      <translation>Anggota</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Transactions</source>
      <translation>Transaksi</translation>
    </message>
    <message>
      <source>Pokok + wajib</source>
      <translation>Pokok + wajib</translation>
    </message>
    <message>
      <source>Jasa usaha</source>
      <translation>Jasa usaha</translation>
    </message>
    <message>
      <source>Jasa modal</source>
      <translation>Jasa modal</translation>
    </message>
    <message>
      <source>SHU</source>
      <translation>SHU</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>Dibayar</translation>
    </message>
    <message>
      <source>cash</source>
      <translation>tunai</translation>
    </message>
    <message>
      <source>transfer</source>
      <translation>transfer</translation>
    </message>
    <message>
      <source>to sukarela</source>
      <translation>ke sukarela</translation>
    </message>
    <message>
      <source>not posted</source>
      <translation>belum dibukukan</translation>
    </message>
    <message>
      <source>unpaid</source>
      <translation>belum dibayar</translation>
    </message>
    <message>
      <source>all paid</source>
      <translation>lunas</translation>
    </message>
  </context>
  <context>
    <name>TermsPage</name>
    <message>
      <source>Buyer, price and costs</source>
      <translation>Pembeli, harga, dan biaya</translation>
    </message>
    <message>
      <source>The preview on the right is computed by the book exactly as settling will compute it. Nothing is saved yet.</source>
      <translation>Pratinjau di kanan dihitung oleh buku persis seperti saat penjualan disimpan. Belum ada yang disimpan.</translation>
    </message>
    <message>
      <source>&amp;Buyer</source>
      <translation>&amp;Pembeli</translation>
    </message>
    <message>
      <source>&amp;Sold weight (kg)</source>
      <translation>&amp;Berat terjual (kg)</translation>
    </message>
    <message>
      <source>&amp;Price</source>
      <translation>&amp;Harga</translation>
    </message>
    <message>
      <source>Cooperative &amp;fee</source>
      <translation>&amp;Jasa koperasi</translation>
    </message>
    <message>
      <source>&amp;Money received into</source>
      <translation>&amp;Uang diterima di</translation>
    </message>
    <message>
      <source>Sale c&amp;osts</source>
      <translation>Bia&amp;ya penjualan</translation>
    </message>
    <message>
      <source>e.g. PT Remco Jambi</source>
      <translation>mis. PT Remco Jambi</translation>
    </message>
    <message>
      <source>as weighed by the buyer, e.g. 1.250,5</source>
      <translation>hasil timbang pembeli, mis. 1.250,5</translation>
    </message>
    <message>
      <source>The buyer really weighed more than was pooled (negative shrinkage)</source>
      <translation>Pembeli memang menimbang lebih dari yang dikumpulkan (susut negatif)</translation>
    </message>
    <message>
      <source>Price per kg</source>
      <translation>Harga per kg</translation>
    </message>
    <message>
      <source>Agreed total</source>
      <translation>Total harga disepakati</translation>
    </message>
    <message>
      <source>e.g. 12.500</source>
      <translation>mis. 12.500</translation>
    </message>
    <message>
      <source>rupiah</source>
      <translation>rupiah</translation>
    </message>
    <message>
      <source>Commodity default: %1</source>
      <translation>Sesuai komoditas: %1</translation>
    </message>
    <message>
      <source>Percent of gross (%)</source>
      <translation>Persen dari bruto (%)</translation>
    </message>
    <message>
      <source>Rupiah per kg sold</source>
      <translation>Rupiah per kg terjual</translation>
    </message>
    <message>
      <source>Cash (Kas)</source>
      <translation>Kas (tunai)</translation>
    </message>
    <message>
      <source>Bank</source>
      <translation>Bank</translation>
    </message>
    <message>
      <source>Buyer still owes it (receivable)</source>
      <translation>Piutang Pembeli (belum dibayar)</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Biaya</translation>
    </message>
    <message>
      <source>Amount (Rp)</source>
      <translation>Jumlah (Rp)</translation>
    </message>
    <message>
      <source>&amp;Add cost</source>
      <translation>&amp;Tambah biaya</translation>
    </message>
    <message>
      <source>&amp;Remove cost</source>
      <translation>Hapus b&amp;iaya</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Pratinjau</translation>
    </message>
    <message>
      <source>Gross</source>
      <translation>Bruto</translation>
    </message>
    <message>
      <source>Cooperative fee</source>
      <translation>Jasa koperasi</translation>
    </message>
    <message>
      <source>Costs</source>
      <translation>Biaya</translation>
    </message>
    <message>
      <source>Net to members</source>
      <translation>Hasil bersih untuk anggota</translation>
    </message>
    <message>
      <source>Pooled weight</source>
      <translation>Berat digabungkan</translation>
    </message>
    <message>
      <source>Sold weight</source>
      <translation>Berat terjual</translation>
    </message>
    <message>
      <source>Shrinkage</source>
      <translation>Susut</translation>
    </message>
    <message>
      <source>The cost's description</source>
      <translation>Keterangan biaya</translation>
    </message>
    <message>
      <source>The amount of %1</source>
      <translation>Jumlah biaya %1</translation>
    </message>
    <message>
      <source>The sold weight</source>
      <translation>Berat terjual</translation>
    </message>
    <message>
      <source>The price per kg</source>
      <translation>Harga per kg</translation>
    </message>
    <message>
      <source>The agreed total</source>
      <translation>Total harga yang disepakati</translation>
    </message>
    <message>
      <source>The fee percentage</source>
      <translation>Persentase jasa</translation>
    </message>
    <message>
      <source>The fee per kg</source>
      <translation>Jasa per kg</translation>
    </message>
    <message>
      <source>Computing…</source>
      <translation>Menghitung…</translation>
    </message>
    <message>
      <source>Cooperative fee (%1)</source>
      <translation>Jasa koperasi (%1)</translation>
    </message>
    <message>
      <source>The buyer paid for %1 more than was pooled (negative shrinkage): check the weights, or tick the box to confirm it.</source>
      <translation>Pembeli membayar %1 lebih banyak dari yang dikumpulkan (susut negatif): periksa timbangan, atau centang kotak untuk mengonfirmasi.</translation>
    </message>
    <message>
      <source>%1 from %2 share the net in proportion to their weight%3.</source>
      <translation>%1 dari %2 berbagi hasil bersih sebanding dengan beratnya%3.</translation>
    </message>
    <message numerus="yes">
      <source>%n delivery(s)</source>
      <translation>
        <numerusform>%n setoran</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n member(s)</source>
      <translation>
        <numerusform>%n anggota</numerusform>
      </translation>
    </message>
    <message>
      <source> × quality</source>
      <translation> × kadar</translation>
    </message>
  </context>
  <context>
    <name>TransferDialog</name>
    <message>
      <source>Move money between Kas and Bank</source>
      <translation>Pindah uang antara Kas dan Bank</translation>
    </message>
    <message>
      <source>&amp;Move</source>
      <translation>&amp;Arah</translation>
    </message>
    <message>
      <source>&amp;Amount (Rp)</source>
      <translation>&amp;Jumlah (Rp)</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>Ta&amp;nggal</translation>
    </message>
    <message>
      <source>D&amp;escription</source>
      <translation>&amp;Keterangan</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>boleh dikosongkan</translation>
    </message>
    <message>
      <source>Kas → Bank (cash deposited at the bank)</source>
      <translation>Kas → Bank (setor tunai ke bank)</translation>
    </message>
    <message>
      <source>Bank → Kas (cash drawn from the bank)</source>
      <translation>Bank → Kas (tarik tunai dari bank)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Now: Kas %1 · Bank %2</source>
      <translation>Saldo sekarang: Kas %1 · Bank %2</translation>
    </message>
    <message>
      <source>The amount</source>
      <translation>Jumlah</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Menyimpan…</translation>
    </message>
  </context>
  <context>
    <name>VolumeChart</name>
    <message>
      <source>Delivered (kg net)</source>
      <translation>Setoran (kg bersih)</translation>
    </message>
    <message>
      <source>Average price (Rp/kg)</source>
      <translation>Harga rata-rata (Rp/kg)</translation>
    </message>
    <message>
      <source>Disbun reference price (Rp/kg)</source>
      <translation>Harga acuan Disbun (Rp/kg)</translation>
    </message>
    <message>
      <source>kg net</source>
      <translation>kg bersih</translation>
    </message>
    <message>
      <source>Rp per kg</source>
      <translation>Rp per kg</translation>
    </message>
    <message>
      <source>Disbun: %1/kg</source>
      <translation>Disbun: %1/kg</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Bookkeeping for village farmers' cooperatives: members' deliveries, collective sales, and payouts every member can check down to the last rupiah.</source>
      <translation>Pembukuan koperasi tani desa: setoran hasil panen anggota, penjualan bersama, dan pembayaran yang dapat diperiksa setiap anggota sampai rupiah terakhir.</translation>
    </message>
    <message>
      <source>&amp;Open a book…</source>
      <translation>B&amp;uka buku…</translation>
    </message>
    <message>
      <source>Choose this to try things out first, on a made-up cooperative where nothing you do can harm.</source>
      <translation>Pilih ini untuk mencoba dulu, pada koperasi karangan tempat tidak ada yang bisa rusak.</translation>
    </message>
    <message>
      <source>For a cooperative with old books to bring over; coming soon. Until then, start a new one and type in the balances.</source>
      <translation>Untuk koperasi yang membawa pembukuan lama; segera tersedia. Sementara itu, mulai yang baru dan ketik saldonya.</translation>
    </message>
    <message>
      <source>Open a book file kept on this computer.</source>
      <translation>Buka berkas buku yang tersimpan di komputer ini.</translation>
    </message>
    <message>
      <source>Try the &amp;example book</source>
      <translation>Coba dengan buku &amp;contoh</translation>
    </message>
    <message>
      <source>Start a &amp;new cooperative</source>
      <translation>&amp;Mulai koperasi baru</translation>
    </message>
    <message>
      <source>&amp;Move in from the old books</source>
      <translation>&amp;Pindah dari pembukuan lama</translation>
    </message>
    <message>
      <source>Choose this when your cooperative starts its books in this program today.</source>
      <translation>Pilih ini bila koperasi Anda mulai membukukan dengan program ini hari ini.</translation>
    </message>
    <message>
      <source>Choose this when your cooperative already keeps its members and balances in a ledger or a spreadsheet.</source>
      <translation>Pilih ini bila anggota dan saldo koperasi Anda sudah tercatat di buku besar atau Excel.</translation>
    </message>
    <message>
      <source>Recent books</source>
      <translation>Buku terakhir dibuka</translation>
    </message>
    <message>
      <source>No book has been opened on this computer yet.</source>
      <translation>Belum ada buku yang pernah dibuka di komputer ini.</translation>
    </message>
    <message>
      <source>Double-click a book, or select it and press Enter.</source>
      <translation>Klik dua kali sebuah buku, atau pilih lalu tekan Enter.</translation>
    </message>
  </context>
  <context>
    <name>YearEndBox</name>
    <message>
      <source>Reserve</source>
      <translation>Cadangan</translation>
    </message>
    <message>
      <source>Jasa usaha</source>
      <translation>Jasa usaha</translation>
    </message>
    <message>
      <source>Jasa modal</source>
      <translation>Jasa modal</translation>
    </message>
    <message>
      <source>Board</source>
      <translation>Pengurus</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Karyawan</translation>
    </message>
    <message>
      <source>Education</source>
      <translation>Pendidikan</translation>
    </message>
    <message>
      <source>Social</source>
      <translation>Sosial</translation>
    </message>
    <message>
      <source>Regional dev.</source>
      <translation>Daerah kerja</translation>
    </message>
    <message>
      <source>Year end and the members' meeting (RAT)</source>
      <translation>Tutup tahun dan keputusan Rapat Anggota Tahunan (RAT)</translation>
    </message>
    <message>
      <source>RAT &amp;date</source>
      <translation>Tan&amp;ggal RAT</translation>
    </message>
    <message>
      <source>Attendin&amp;g</source>
      <translation>Had&amp;ir</translation>
    </message>
    <message>
      <source>members</source>
      <translation>anggota</translation>
    </message>
    <message>
      <source>Defi&amp;cit</source>
      <translation>SHU negati&amp;f</translation>
    </message>
    <message>
      <source>carry forward</source>
      <translation>dibawa ke tahun berikutnya</translation>
    </message>
    <message>
      <source>cover from the reserve</source>
      <translation>ditutup dari cadangan</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Jumlah</translation>
    </message>
    <message>
      <source>&amp;Jasa anggota by</source>
      <translation>Dasar &amp;jasa anggota</translation>
    </message>
    <message>
      <source>jasa moda&amp;l by</source>
      <translation>jasa &amp;modal</translation>
    </message>
    <message>
      <source>Mix…</source>
      <translation>Campuran…</translation>
    </message>
    <message>
      <source>Jasa anggota by sale proceeds, loan service and purchases, weighted</source>
      <translation>Jasa anggota menurut hasil penjualan, jasa pinjaman dan pembelian, dengan bobot</translation>
    </message>
    <message>
      <source>&amp;Record the RAT decision…</source>
      <translation>&amp;Catat keputusan RAT…</translation>
    </message>
    <message>
      <source>A&amp;mend the decision…</source>
      <translation>Ubah k&amp;eputusan…</translation>
    </message>
    <message>
      <source>sale proceeds</source>
      <translation>hasil penjualan</translation>
    </message>
    <message>
      <source>loan service paid</source>
      <translation>jasa pinjaman dibayar</translation>
    </message>
    <message>
      <source>purchases from the cooperative</source>
      <translation>pembelian dari koperasi</translation>
    </message>
    <message>
      <source>mix: %1</source>
      <translation>campuran: %1</translation>
    </message>
    <message>
      <source>balance on 31 December</source>
      <translation>saldo 31 Desember</translation>
    </message>
    <message>
      <source>average of month-ends</source>
      <translation>rata-rata akhir bulan</translation>
    </message>
    <message>
      <source>The year %1: closing and the members' meeting (RAT)</source>
      <translation>Tahun %1: tutup tahun dan keputusan Rapat Anggota Tahunan (RAT)</translation>
    </message>
    <message>
      <source>PRATINJAU</source>
      <translation>PRATINJAU</translation>
    </message>
    <message>
      <source>The year %1 is not over: its SHU so far is %2.</source>
      <translation>Tahun %1 belum selesai: SHU sampai hari ini %2.</translation>
    </message>
    <message>
      <source>The year %1 is not closed yet: its SHU is %2.</source>
      <translation>Tahun %1 belum ditutup: SHU-nya %2.</translation>
    </message>
    <message>
      <source>The year %1 was closed and its SHU of %2 split by the statutes.</source>
      <translation>Tahun %1 sudah ditutup dan SHU-nya %2 dibagi menurut AD/ART.</translation>
    </message>
    <message>
      <source>The year %1 is closed with a deficit of %2 (SHU negatif).</source>
      <translation>Tahun %1 ditutup dengan SHU negatif %2.</translation>
    </message>
    <message>
      <source>The year %1 is closed: SHU of %2 in SHU belum dibagi.</source>
      <translation>Tahun %1 sudah ditutup: SHU %2 ada di SHU belum dibagi.</translation>
    </message>
    <message>
      <source>&amp;Close the year %1…</source>
      <translation>Tutup t&amp;ahun %1…</translation>
    </message>
    <message>
      <source>The year is closed once it is over; until then every figure is a preview.</source>
      <translation>Tahun ditutup setelah berakhir; sampai saat itu semua angka masih pratinjau.</translation>
    </message>
    <message>
      <source>Closing moves the year's SHU into SHU belum dibagi (a deficit into SHU negatif) and closes the book up to 31 December; the RAT then decides its split.</source>
      <translation>Tutup tahun memindahkan SHU tahun berjalan ke SHU belum dibagi (SHU negatif bila defisit) dan menutup buku sampai 31 Desember; pembagiannya kemudian diputuskan RAT.</translation>
    </message>
    <message>
      <source>Payment of this SHU has begun: the decision can no longer be amended.</source>
      <translation>SHU ini sudah mulai dibayar: keputusan RAT tidak dapat diubah lagi.</translation>
    </message>
    <message>
      <source>Until the first payment, the decision can be amended: the old entry is reversed.</source>
      <translation>Sampai pembayaran pertama, keputusan dapat diubah: jurnal lamanya dibalik.</translation>
    </message>
    <message>
      <source>Type the percentages as voted (they must total 100 %), then record.</source>
      <translation>Ketik persentase sesuai keputusan rapat (jumlahnya 100 %), lalu catat.</translation>
    </message>
    <message>
      <source>&lt;b&gt;RAT of %1&lt;/b&gt;</source>
      <translation>&lt;b&gt;RAT %1&lt;/b&gt;</translation>
    </message>
    <message>
      <source>%1 attending</source>
      <translation>dihadiri %1 anggota</translation>
    </message>
    <message>
      <source>entry %1</source>
      <translation>jurnal %1</translation>
    </message>
    <message numerus="yes">
      <source>amended %n time(s)</source>
      <translation>
        <numerusform>diubah %n kali</numerusform>
      </translation>
    </message>
    <message>
      <source>the deficit of %1 is carried forward.</source>
      <translation>SHU negatif %1 dibawa ke tahun berikutnya.</translation>
    </message>
    <message>
      <source>the deficit of %1 is covered from the reserve.</source>
      <translation>SHU negatif %1 ditutup dari cadangan.</translation>
    </message>
    <message>
      <source>earlier deficit covered %1</source>
      <translation>menutup SHU negatif tahun lalu %1</translation>
    </message>
    <message>
      <source>The percentages add up to %1, not 100 %.</source>
      <translation>Jumlah persentase %1, bukan 100 %.</translation>
    </message>
    <message>
      <source>Close the year %1 with an SHU of %2?

The SHU moves into SHU belum dibagi until the RAT decides its split, and the book is closed up to 31/12/%1. This cannot be undone.</source>
      <translation>Tutup tahun %1 dengan SHU %2?

SHU dipindahkan ke SHU belum dibagi sampai RAT memutuskan pembagiannya, dan buku ditutup sampai 31/12/%1. Tutup tahun tidak dapat dibatalkan.</translation>
    </message>
    <message>
      <source>Close the year %1 with a deficit of %2?

The deficit moves into SHU negatif until the RAT decides to cover or carry it, and the book is closed up to 31/12/%1. This cannot be undone.</source>
      <translation>Tutup tahun %1 dengan SHU negatif %2?

SHU negatif dipindahkan ke akun SHU negatif sampai RAT memutuskan menutupnya atau membawanya ke tahun berikutnya, dan buku ditutup sampai 31/12/%1. Tutup tahun tidak dapat dibatalkan.</translation>
    </message>
    <message>
      <source>Close the year</source>
      <translation>Tutup tahun</translation>
    </message>
    <message>
      <source>Closing the year…</source>
      <translation>Menutup tahun…</translation>
    </message>
    <message>
      <source>the SHU of %1 split as voted:
%2</source>
      <translation>SHU %1 dibagi sesuai keputusan:
%2</translation>
    </message>
    <message>
      <source>Jasa anggota by %1; jasa modal by %2</source>
      <translation>Dasar jasa anggota: %1; jasa modal: %2</translation>
    </message>
    <message>
      <source>Record the RAT decision of %1 on the year %2: %3?</source>
      <translation>Catat keputusan RAT tanggal %1 atas tahun %2: %3?</translation>
    </message>
    <message>
      <source>Amend the RAT decision on the year %2 as of %1: %3?

The standing decision's entry is reversed and the new one posted.</source>
      <translation>Ubah keputusan RAT atas tahun %2 per tanggal %1: %3?

Jurnal keputusan yang berlaku dibalik dan keputusan baru dibukukan.</translation>
    </message>
    <message>
      <source>RAT decision</source>
      <translation>Keputusan RAT</translation>
    </message>
    <message>
      <source>Posting the decision…</source>
      <translation>Membukukan keputusan…</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Simpan Semua</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Buka</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ya</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Tidak</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Batalkan</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Coba Lagi</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Abaikan</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Buang</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Bantuan</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Terapkan</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Atur Ulang</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Kembalikan Bawaan</translation>
    </message>
    <message>
      <source>&amp;OK</source>
      <translation>&amp;OK</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Simpan</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Batal</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Tutup</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>Tutup tanpa Menyimpan</translation>
    </message>
    <message>
      <source>Don't Save</source>
      <translation>Jangan Simpan</translation>
    </message>
  </context>
</TS>