"""Read models: the frozen dataclasses that services return and that exporters and widgets
take, one module per area. They import neither Qt nor SQLAlchemy."""
