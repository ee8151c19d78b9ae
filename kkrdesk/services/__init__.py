"""Use cases, one module per area. Each user action is one transaction and returns
plain frozen dataclasses, never live ORM objects."""
