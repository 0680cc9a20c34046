"""The weighing point's devices in the desktop app: the scale read on its own thread, and
this PC's scale and thermal-printer settings."""
