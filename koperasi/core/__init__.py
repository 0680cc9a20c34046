"""The cooperative's rules: pure Python, no SQL, no Qt, no reportlab."""
