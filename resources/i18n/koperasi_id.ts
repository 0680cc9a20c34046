<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
  <context>
    <name>BookRunner</name>
    <message>
      <location filename="../../koperasi/gui/worker.py" line="223" />
      <source>Please wait</source>
      <translation>Mohon tunggu</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../koperasi/gui/pages/dashboard.py" line="18" />
      <source>Home</source>
      <translation>Beranda</translation>
    </message>
  </context>
  <context>
    <name>DeliveriesPage</name>
    <message>
      <location filename="../../koperasi/gui/pages/deliveries.py" line="18" />
      <source>Deliveries</source>
      <translation>Setoran</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../koperasi/gui/dialogs.py" line="21" />
      <source>Something unexpected went wrong; the book was not changed.</source>
      <translation>Terjadi kesalahan yang tidak terduga; buku tidak diubah.</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/dialogs.py" line="30" />
      <source>Cannot do that</source>
      <translation>Tidak dapat dilakukan</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="173" />
      <source>Koperasi — cooperative bookkeeping</source>
      <translation>Koperasi — pembukuan koperasi</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="177" />
      <source>&amp;File</source>
      <translation>&amp;Berkas</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="178" />
      <source>&amp;New book…</source>
      <translation>Buku &amp;baru…</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="179" />
      <source>&amp;Open book…</source>
      <translation>B&amp;uka buku…</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="180" />
      <source>Open the &amp;demo book</source>
      <translation>Buka buku &amp;demo</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="181" />
      <source>&amp;Close book</source>
      <translation>&amp;Tutup buku</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="182" />
      <source>&amp;Quit</source>
      <translation>&amp;Keluar</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="183" />
      <source>&amp;Transactions</source>
      <translation>&amp;Transaksi</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="184" />
      <source>New &amp;delivery</source>
      <translation>Setoran &amp;baru</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="185" />
      <source>New &amp;sale</source>
      <translation>&amp;Penjualan baru</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="186" />
      <source>&amp;Pay members</source>
      <translation>Ba&amp;yar anggota</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="187" />
      <source>New &amp;member</source>
      <translation>Anggota b&amp;aru</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="188" />
      <source>&amp;View</source>
      <translation>T&amp;ampilan</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="189" />
      <source>&amp;Language</source>
      <translation>&amp;Bahasa</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="190" />
      <source>&amp;Help</source>
      <translation>Ban&amp;tuan</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="191" />
      <source>&amp;About Koperasi</source>
      <translation>&amp;Tentang Koperasi</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="225" />
      <source>Open book</source>
      <translation>Buka buku</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="253" />
      <source>Making the demo book…</source>
      <translation>Membuat buku demo…</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="283" />
      <source>Book: %1</source>
      <translation>Buku: %1</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="283" />
      <source>No book open</source>
      <translation>Belum ada buku yang dibuka</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="306" />
      <source>About Koperasi</source>
      <translation>Tentang Koperasi</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/main_window.py" line="307" />
      <source>Koperasi %1
Bookkeeping for village farmers' cooperatives.</source>
      <translation>Koperasi %1
Pembukuan koperasi tani desa.</translation>
    </message>
  </context>
  <context>
    <name>MemberDialog</name>
    <message>
      <location filename="../../koperasi/gui/member_dialog.py" line="102" />
      <source>Edit member %1</source>
      <translation>Ubah anggota %1</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/member_dialog.py" line="104" />
      <source>New member</source>
      <translation>Anggota baru</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/member_dialog.py" line="107" />
      <source>&amp;Name</source>
      <translation>&amp;Nama</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/member_dialog.py" line="108" />
      <source>N&amp;IK</source>
      <translation>N&amp;IK</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/member_dialog.py" line="109" />
      <source>&amp;Gender</source>
      <translation>&amp;Jenis kelamin</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/member_dialog.py" line="110" />
      <source>&amp;Village</source>
      <translation>&amp;Desa</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/member_dialog.py" line="111" />
      <source>&amp;Address</source>
      <translation>&amp;Alamat</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/member_dialog.py" line="112" />
      <source>&amp;Phone</source>
      <translation>&amp;Telepon</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/member_dialog.py" line="113" />
      <source>&amp;Joined</source>
      <translation>Ber&amp;gabung</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/member_dialog.py" line="119" />
      <source>Male (L)</source>
      <translation>Laki-laki (L)</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/member_dialog.py" line="119" />
      <source>Female (P)</source>
      <translation>Perempuan (P)</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/member_dialog.py" line="121" />
      <source>16 digits, optional</source>
      <translation>16 angka, boleh kosong</translation>
    </message>
  </context>
  <context>
    <name>MemberTableModel</name>
    <message>
      <location filename="../../koperasi/gui/models/member_table_model.py" line="23" />
      <source>Number</source>
      <translation>Nomor</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/models/member_table_model.py" line="24" />
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/models/member_table_model.py" line="25" />
      <source>NIK</source>
      <translation>NIK</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/models/member_table_model.py" line="26" />
      <source>Village</source>
      <translation>Desa</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/models/member_table_model.py" line="27" />
      <source>Joined</source>
      <translation>Bergabung</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/models/member_table_model.py" line="28" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/models/member_table_model.py" line="61" />
      <source>Active</source>
      <translation>Aktif</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/models/member_table_model.py" line="63" />
      <source>Inactive</source>
      <translation>Tidak aktif</translation>
    </message>
  </context>
  <context>
    <name>MembersPage</name>
    <message>
      <location filename="../../koperasi/gui/pages/members.py" line="77" />
      <source>Members</source>
      <translation>Anggota</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/pages/members.py" line="81" />
      <source>Search name, number, NIK or village…</source>
      <translation>Cari nama, nomor, NIK, atau desa…</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/pages/members.py" line="85" />
      <source>Active</source>
      <translation>Aktif</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/pages/members.py" line="85" />
      <source>Inactive</source>
      <translation>Tidak aktif</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/pages/members.py" line="85" />
      <source>All</source>
      <translation>Semua</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/pages/members.py" line="88" />
      <source>&amp;Add member</source>
      <translation>&amp;Tambah anggota</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/pages/members.py" line="89" />
      <source>&amp;Edit</source>
      <translation>&amp;Ubah</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/pages/members.py" line="90" />
      <source>Deac&amp;tivate</source>
      <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/pages/members.py" line="91" />
      <source>Member &amp;page</source>
      <translation>&amp;Halaman anggota</translation>
    </message>
    <message numerus="yes">
      <location filename="../../koperasi/gui/pages/members.py" line="103" />
      <source>%n member(s)</source>
      <translation>
        <numerusform>%n anggota</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/pages/members.py" line="130" />
      <source>Deactivate member</source>
      <translation>Nonaktifkan anggota</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/pages/members.py" line="131" />
      <source>Deactivate %1 (%2)? Their records are kept.</source>
      <translation>Nonaktifkan %1 (%2)? Catatannya tetap disimpan.</translation>
    </message>
  </context>
  <context>
    <name>PayoutsPage</name>
    <message>
      <location filename="../../koperasi/gui/pages/payouts.py" line="18" />
      <source>Payouts</source>
      <translation>Pembayaran</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <location filename="../../koperasi/gui/preview.py" line="81" />
      <source>&amp;Print…</source>
      <translation>&amp;Cetak…</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/preview.py" line="82" />
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/preview.py" line="83" />
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message numerus="yes">
      <location filename="../../koperasi/gui/preview.py" line="84" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n halaman</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/preview.py" line="93" />
      <source>Save as PDF</source>
      <translation>Simpan sebagai PDF</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../koperasi/gui/pages/reports.py" line="18" />
      <source>Reports</source>
      <translation>Laporan</translation>
    </message>
  </context>
  <context>
    <name>SalesPage</name>
    <message>
      <location filename="../../koperasi/gui/pages/sales.py" line="18" />
      <source>Sales</source>
      <translation>Penjualan</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../koperasi/gui/pages/settings.py" line="21" />
      <source>Settings</source>
      <translation>Pengaturan</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../koperasi/gui/pages/welcome.py" line="27" />
      <source>&amp;Open a book…</source>
      <translation>&amp;Buka buku…</translation>
    </message>
    <message>
      <location filename="../../koperasi/gui/pages/welcome.py" line="28" />
      <source>Open the &amp;demo book</source>
      <translation>Buka buku &amp;demo</translation>
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