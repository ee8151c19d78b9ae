"""The autosave walk for gui_driver.py."""

SCENARIOS: dict = {}
