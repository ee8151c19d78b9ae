"""Panes beside the agenda tree: the selected item, attendance, actions and topics."""
