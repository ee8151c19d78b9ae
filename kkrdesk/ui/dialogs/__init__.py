"""Qt user interface: widgets call services and refresh on the store's change signal."""
