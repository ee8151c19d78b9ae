"""Qt-free domain core: models, enums, arithmetic, formatting and the store."""
