"""Demo data: the meeting of 18 June 2025 as the seed deck shows it (``seed``), and N
synthetic years before it for measuring (``years``). Only the ``demo`` command and the
tests import this package; the app's services, widgets and exports never do."""
