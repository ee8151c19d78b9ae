"""The network's register: people and organisations, memberships and who replaced whom,
attendance across meetings, and importing a list of participants."""
