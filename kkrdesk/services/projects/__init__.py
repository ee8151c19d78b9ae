"""Projects, identity masking first: the portfolio, each project's parts (status notes,
milestones, financing, risks, decisions) and its organisation (groups and seats)."""
