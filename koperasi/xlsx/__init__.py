"""Excel and CSV: import templates, reading imported files into the book, exporting lists and
reports as workbooks. The only package that imports openpyxl."""
