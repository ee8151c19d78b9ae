"""The search field of the main window (Ctrl+F) and its results: a panel under the
field, grouped by kind, opened with Enter or a double-click in the record's own tab."""
