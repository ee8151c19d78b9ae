"""The calendar exports' data from several areas, read-only: a meeting with its agenda
and its invitees (agenda, participants), and the deadlines of the SOR rounds and the
projects' milestones (sor, projects). Like ``links`` and ``overview`` it sits above the
areas; no area imports from here."""
