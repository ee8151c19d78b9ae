"""Exporters: plain data to .docx/.xlsx files, written atomically. No Qt widgets, no sessions."""
