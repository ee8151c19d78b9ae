"""participants scenarios for gui_driver.py."""

SCENARIOS: dict = {}
