"""The GUI's shared kit: styles, date converters, widgets, form helpers, the base dialog."""
