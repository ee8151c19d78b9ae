"""The names a write announces when it commits (``store.transaction(*areas)``); each open
pane listens for the ones it shows and refreshes. One name per area of services/, and
the set a project write announces, since its links and seats show in other tabs."""

MEETINGS = "meetings"  # services/agenda: meetings, agendas, minutes, attendance, bilag
PARTICIPANTS = "participants"  # services/participants: people, organisations, seats
SOR = "sor"  # services/sor: proposals, rounds, answers, reference codes
PROJECTS = "projects"  # services/projects

# A project's agenda links show in Dagsorden, its seats in Deltagere.
PROJECT_WRITE = (PROJECTS, PARTICIPANTS, MEETINGS)
