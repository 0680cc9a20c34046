"""Forms embedded in pages."""
