"""projects scenarios for gui_driver.py."""

SCENARIOS: dict = {}
