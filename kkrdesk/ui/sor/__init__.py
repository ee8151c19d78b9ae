"""The SOR wing of the window: its tab, panes, item models, dialogs, actions and undo commands."""
