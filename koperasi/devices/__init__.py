"""The devices at the weighing point: scale indicators on a serial port (scale.py) and
ESC/POS thermal printers for 58 and 80 mm rolls (escpos.py).

This package is the only one that imports pyserial (`serial`) and python-escpos (`escpos`).
It takes report data from koperasi.reports and hands back values or bytes; it never opens a
book. Import the modules themselves (`from koperasi.devices import scale`): importing this
package loads neither library.
"""
