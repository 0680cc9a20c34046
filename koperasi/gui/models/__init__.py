"""Table models, one per table view; tested without a window."""
